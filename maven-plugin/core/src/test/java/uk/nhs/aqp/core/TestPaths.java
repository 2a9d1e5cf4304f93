package uk.nhs.aqp.core;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where the repository's own packs and schemas are, from a test's point of view. */
public final class TestPaths {

    private TestPaths() {
    }

    public static Path repositoryRoot() {
        String configured = System.getProperty("aqp.repository.root");
        Path root = configured != null ? Path.of(configured) : Path.of("../..");
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("packs/national"))) {
            throw new IllegalStateException("cannot find the repository's packs/ from " + root);
        }
        return root;
    }

    /**
     * A new folder for a benchmark's work, in the core module's {@code target/} (not the system's
     * temporary folder: nothing is written outside the project). It is kept so the figures can be
     * looked into; {@code ./mvnw clean} removes it.
     */
    public static Path benchFolder(String prefix) throws IOException {
        Path target = Files.createDirectories(repositoryRoot().resolve("maven-plugin/core/target"));
        return Files.createTempDirectory(target, prefix);
    }

    public static Path casesFolder() {
        try {
            return Path.of(TestPaths.class.getResource("/cases").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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

    public static void deleteTree(Path path) throws IOException {
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
