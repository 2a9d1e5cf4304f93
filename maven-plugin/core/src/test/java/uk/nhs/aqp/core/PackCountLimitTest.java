package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.model.BundleLimits;

/**
 * Tier 2: a run takes at most {@link BundleLimits#PACKS} packs, national and local together, so the
 * bundle's workbook (one sheet per table, every pack's rows on it) never runs out of rows.
 */
class PackCountLimitTest {

    private static Toolkit toolkit;

    @TempDir
    Path project;

    @BeforeAll
    static void open() {
        toolkit = Toolkit.open(Optional.empty());
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    @Test
    void a_run_with_more_packs_than_the_workbook_holds_is_refused_once_at_the_packs_folder() throws IOException {
        folders(BundleLimits.PACKS + 1);
        assertEquals(List.of("packs: error: [pack.too-many-packs] the packs folder holds 2001 packs (2001 national, "
                + "0 local); one build takes at most 2000"), tooMany());
    }

    @Test
    void a_run_with_as_many_packs_as_the_workbook_holds_is_not_refused_for_its_count() throws IOException {
        folders(BundleLimits.PACKS);
        assertEquals(List.of(), tooMany());
    }

    private void folders(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Files.createDirectories(project.resolve("packs/national/p" + i));
        }
    }

    private List<String> tooMany() {
        ValidationResult result = toolkit.validate(ValidateRequest.forProject(project), BuildLog.silent());
        return result.diagnostics().stream().filter(d -> d.ruleId().equals("pack.too-many-packs"))
                .map(d -> d.format()).toList();
    }
}
