package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** project.build.outputTimestamp is read as Maven reads it, and bad names are refused before any work. */
class BundleRequestTest {

    private static final Instant NEW_YEAR = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void output_timestamp_is_iso_8601_with_an_offset_or_epoch_seconds() {
        assertEquals(Optional.of(NEW_YEAR), BundleRequest.outputTimestamp("2026-01-01T00:00:00Z"));
        assertEquals(Optional.of(NEW_YEAR), BundleRequest.outputTimestamp("2026-01-01T01:00:00+01:00"));
        assertEquals(Optional.of(NEW_YEAR), BundleRequest.outputTimestamp("1767225600"));
    }

    @Test
    void an_unset_or_one_character_timestamp_means_none() {
        assertEquals(Optional.empty(), BundleRequest.outputTimestamp(null));
        assertEquals(Optional.empty(), BundleRequest.outputTimestamp(""));
        assertEquals(Optional.empty(), BundleRequest.outputTimestamp("0"));
    }

    @Test
    void a_timestamp_in_another_form_is_refused_with_the_forms_that_work() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BundleRequest.outputTimestamp("1 January 2026"));
        assertEquals("'1 January 2026' is not a timestamp: write it as 2026-01-01T00:00:00Z or as seconds since "
                + "1970-01-01", e.getMessage());
    }

    @Test
    void a_bundle_name_that_is_not_safe_as_a_file_name_is_refused() {
        Path root = Path.of("project");
        assertThrows(IllegalArgumentException.class, () -> BundleRequest.forProject(root, "1.0.0", Optional.empty())
                .withName("AQP packs"));
        assertThrows(IllegalArgumentException.class, () -> BundleRequest.forProject(root, "../1.0.0", Optional.empty()));
        assertEquals(Path.of("project/target/aqp/bundle/aqp-packs-1.0.0.zip").toAbsolutePath(),
                BundleRequest.forProject(root, "1.0.0", Optional.empty()).zipFile());
    }
}
