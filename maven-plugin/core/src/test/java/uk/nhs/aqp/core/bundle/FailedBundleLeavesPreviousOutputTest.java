package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never yields a half-written bundle: the previous bundle folder and zip stay exactly as they were. */
class FailedBundleLeavesPreviousOutputTest {

    @TempDir
    Path project;

    @Test
    void a_pack_that_fails_validation_leaves_the_previous_bundle_and_zip_untouched() throws IOException {
        BundleFixtures.demoProject(project, Map.of());
        BundleResult good = BundleFixtures.bundle(project);
        assertTrue(good.written());
        Path folder = good.directory().orElseThrow();
        Path zip = good.zip().orElseThrow();
        Map<String, byte[]> before = BundleFixtures.files(folder);
        byte[] zipBefore = Files.readAllBytes(zip);

        BundleFixtures.demoProject(project, Map.of(
                "national/demo/currency.yaml", Files.readString(project.resolve("packs/national/demo/currency.yaml"))
                        .replace("price: 44.00", "price: 44.001"),
                "national/demo/pack.yaml", Files.readString(project.resolve("packs/national/demo/pack.yaml"))
                        .replace("title: Extension", "title: Better extension")));
        BundleResult bad = BundleFixtures.bundle(project);

        assertFalse(bad.written());
        assertTrue(Files.isSymbolicLink(folder), "the bundle folder is the toolkit's link to its current version");
        assertTrue(bad.validation().failed());
        assertEquals(List.of("currency.price-precision"),
                bad.validation().diagnostics().stream().map(d -> d.ruleId()).toList());
        Map<String, byte[]> after = BundleFixtures.files(folder);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertArrayEquals(zipBefore, Files.readAllBytes(zip));
        assertEquals(List.of(), hiddenLeftovers(folder));
    }

    @Test
    void a_second_good_build_replaces_the_whole_folder_leaving_no_stale_file() throws IOException {
        BundleFixtures.demoProject(project, Map.of());
        Path folder = BundleFixtures.bundle(project).directory().orElseThrow();
        Files.writeString(folder.resolve("tables/stale.csv"), "left from an older version\r\n");
        BundleResult again = BundleFixtures.bundle(project);
        assertTrue(again.written());
        assertFalse(Files.exists(folder.resolve("tables/stale.csv")));
        assertTrue(Files.exists(folder.resolve("datapackage.json")));
        assertEquals(List.of(), hiddenLeftovers(folder));
    }

    /**
     * Hidden entries beside the bundle folder, except the two the toolkit keeps there: the version
     * the folder links to, and the marker of the output folder that holds it.
     */
    private static List<String> hiddenLeftovers(Path folder) throws IOException {
        String current = Files.readSymbolicLink(folder).toString();
        try (Stream<Path> s = Files.list(folder.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .filter(n -> !n.equals(current) && !n.equals(".aqp-output")).sorted().toList();
        }
    }
}
