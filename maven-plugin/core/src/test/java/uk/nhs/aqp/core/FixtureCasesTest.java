package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.load.LoadLimits;

/**
 * Tier 1: one folder per case under {@code src/test/resources/cases/}. A case's {@code packs/}
 * is laid over the small valid pack in {@code cases/_base/packs/} (unless {@code base=none} in
 * {@code case.properties}), files listed in {@code delete=} are removed, and the build's printed
 * diagnostics must equal {@code expected-diagnostics.txt} exactly.
 *
 * <p>Run with {@code -Daqp.fixtures.update=true} to rewrite the expected files, then review the diff.
 */
public class FixtureCasesTest {

    private static Toolkit toolkit;

    @TempDir
    static Path work;

    @BeforeAll
    static void openToolkit() {
        toolkit = Toolkit.open(Optional.empty());
    }

    @AfterAll
    static void closeToolkit() {
        toolkit.close();
    }

    @TestFactory
    Stream<DynamicTest> every_case_prints_exactly_its_expected_diagnostics() throws IOException {
        Path cases = casesFolder();
        return Files.list(cases).filter(Files::isDirectory)
                .filter(p -> !p.getFileName().toString().startsWith("_"))
                .sorted()
                .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> runCase(cases, c)));
    }

    private void runCase(Path cases, Path caseDir) throws IOException {
        Properties options = options(caseDir);
        Path project = Files.createDirectories(work.resolve(caseDir.getFileName().toString()));
        Path packs = project.resolve("packs");
        if (!"none".equals(options.getProperty("base"))) {
            copyTree(cases.resolve("_base/packs"), packs);
        }
        if (Files.isDirectory(caseDir.resolve("packs"))) {
            copyTree(caseDir.resolve("packs"), packs);
        }
        for (String path : options.getProperty("delete", "").split(",")) {
            if (!path.isBlank()) {
                deleteTree(packs.resolve(path.trim()));
            }
        }
        LoadLimits limits = LoadLimits.DEFAULT;
        if (options.containsKey("maxFileBytes")) {
            limits = limits.withMaxFileBytes(Long.parseLong(options.getProperty("maxFileBytes")));
        }
        ValidateRequest request = ValidateRequest.forProject(project).withLimits(limits);
        ValidationResult result = toolkit.validate(request, BuildLog.silent());
        String actual = result.diagnostics().stream().map(d -> d.format() + "\n").collect(Collectors.joining());
        Path expectedFile = caseDir.resolve("expected-diagnostics.txt");
        if (Boolean.getBoolean("aqp.fixtures.update")) {
            Files.writeString(sourceOf(expectedFile), actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "diagnostics of case " + caseDir.getFileName());
    }

    private static Properties options(Path caseDir) throws IOException {
        Properties p = new Properties();
        Path file = caseDir.resolve("case.properties");
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    public static Path casesFolder() {
        try {
            return Path.of(FixtureCasesTest.class.getResource("/cases").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expected file in src/test/resources, for updating, rather than its copy in target. */
    private static Path sourceOf(Path inTarget) {
        String text = inTarget.toString().replace("target/test-classes", "src/test/resources");
        return Path.of(text);
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }

}
