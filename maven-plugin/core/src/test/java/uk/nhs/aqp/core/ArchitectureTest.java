package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core stays plain Java: no Maven type anywhere, and every package says what it is for. */
class ArchitectureTest {

    private static final Path SOURCES = TestPaths.repositoryRoot().resolve("maven-plugin/core/src/main/java");

    @Test
    void core_never_imports_maven() throws IOException {
        List<String> offenders = javaFiles().filter(f -> read(f).contains("org.apache.maven"))
                .map(f -> SOURCES.relativize(f).toString()).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void every_core_package_has_a_package_info() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            List<String> missing = dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d))
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .map(d -> SOURCES.relativize(d).toString()).toList();
            assertEquals(List.of(), missing);
        }
    }

    @Test
    void model_and_rules_do_not_reach_back_into_loading_or_validation() throws IOException {
        List<String> offenders = javaFiles()
                .filter(f -> f.toString().contains("/model/") || f.toString().contains("/rules/"))
                .filter(f -> read(f).contains("import uk.nhs.aqp.core.load.")
                        || read(f).contains("import uk.nhs.aqp.core.validate."))
                .map(f -> SOURCES.relativize(f).toString()).toList();
        assertEquals(List.of(), offenders);
        assertTrue(Files.isDirectory(SOURCES.resolve("uk/nhs/aqp/core/model")));
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList().stream();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
