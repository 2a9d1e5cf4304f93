package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs over the same broken input write byte-identical JSON and SARIF reports. */
class ReportsAreReproducibleTest {

    @TempDir
    Path project;

    @Test
    void same_input_gives_byte_identical_reports() throws Exception {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        TestPaths.copyTree(
                TestPaths.casesFolder().resolve("two_errors_in_two_files_are_reported_together/packs"),
                project.resolve("packs"));
        byte[][] first;
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            toolkit.validate(ValidateRequest.forProject(project), BuildLog.silent());
            first = reports();
        }
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            toolkit.validate(ValidateRequest.forProject(project), BuildLog.silent());
        }
        byte[][] second = reports();
        assertArrayEquals(first[0], second[0]);
        assertArrayEquals(first[1], second[1]);
        String sarif = new String(second[1], StandardCharsets.UTF_8);
        assertTrue(sarif.contains("\"uri\" : \"packs/national/demo/kpis.yaml\""), sarif);
        assertTrue(sarif.contains("\"startLine\" : 8"), sarif);
    }

    private byte[][] reports() throws Exception {
        Path out = project.resolve("target/aqp");
        return new byte[][] {Files.readAllBytes(out.resolve("diagnostics.json")),
                Files.readAllBytes(out.resolve("diagnostics.sarif"))};
    }
}
