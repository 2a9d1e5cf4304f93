package uk.nhs.aqp.core;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
