package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building twice from the same packs gives byte-identical JSON, CSV, XLSX and zip, even on machines
 * in different time zones and locales; every time inside comes from the requested timestamp.
 */
class BundleIsReproducibleTest {

    @TempDir
    Path work;

    @Test
    void two_builds_in_different_time_zones_and_locales_are_byte_identical() throws IOException {
        BundleResult first = BundleFixtures.bundleRepository(work.resolve("first"), BundleFixtures.PUBLISHED);
        BundleResult second = inZoneAndLocale("Pacific/Auckland", Locale.GERMANY,
                () -> BundleFixtures.bundleRepository(work.resolve("second"), BundleFixtures.PUBLISHED));
        Map<String, byte[]> a = BundleFixtures.files(first.directory().orElseThrow());
        Map<String, byte[]> b = BundleFixtures.files(second.directory().orElseThrow());
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path);
        }
        assertTrue(a.keySet().containsAll(List.of("aqp-packs.xlsx", "datapackage.json", "tables/kpis.csv",
                "packs/adult-hearing.json")));
        assertArrayEquals(Files.readAllBytes(first.zip().orElseThrow()), Files.readAllBytes(second.zip().orElseThrow()));
    }

    @Test
    void every_time_inside_comes_from_the_requested_timestamp_never_the_clock() throws IOException {
        Instant published = Instant.parse("2027-03-04T05:06:08Z");
        BundleResult result = inZoneAndLocale("America/New_York", Locale.US,
                () -> BundleFixtures.bundleRepository(work.resolve("dated"), published));
        byte[] zip = Files.readAllBytes(result.zip().orElseThrow());
        LocalDateTime expected = LocalDateTime.parse("2027-03-04T05:06:08");
        List<String> names = new ArrayList<>();
        for (ZipArchiveEntry e : entries(zip)) {
            names.add(e.getName());
            assertEquals(expected, e.getTimeLocal(), e.getName());
            assertEquals(0644, e.getUnixMode() & 0777, e.getName() + " is rw-r--r--");
        }
        assertEquals(names.stream().sorted().toList(), names, "entries in path order");
        byte[] workbook = BundleFixtures.unzip(zip).get("aqp-packs.xlsx");
        for (ZipArchiveEntry e : entries(workbook)) {
            assertEquals(expected, e.getTimeLocal(), "aqp-packs.xlsx!" + e.getName());
        }
        String core = new String(BundleFixtures.unzip(workbook).get("docProps/core.xml"), StandardCharsets.UTF_8);
        assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2027-03-04T05:06:08Z</dcterms:created>"), core);
        assertTrue(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2027-03-04T05:06:08Z</dcterms:modified>"), core);
        String manifest = new String(BundleFixtures.unzip(zip).get("datapackage.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"published\": \"2027-03-04\""), manifest);
        assertTrue(manifest.contains("\"created\": \"2027-03-04T05:06:08Z\""), manifest);
    }

    private static List<ZipArchiveEntry> entries(byte[] zip) throws IOException {
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            return new ArrayList<>(java.util.Collections.list(file.getEntriesInPhysicalOrder()));
        }
    }

    private static <T> T inZoneAndLocale(String zone, Locale locale, java.util.function.Supplier<T> work) {
        TimeZone zoneBefore = TimeZone.getDefault();
        Locale localeBefore = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            Locale.setDefault(locale);
            return work.get();
        } finally {
            TimeZone.setDefault(zoneBefore);
            Locale.setDefault(localeBefore);
        }
    }
}
