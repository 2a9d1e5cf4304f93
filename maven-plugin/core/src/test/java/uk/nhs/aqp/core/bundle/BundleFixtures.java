package uk.nhs.aqp.core.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;

/** Shared by the bundle tests: one toolkit for all of them, projects to bundle, and reading results. */
final class BundleFixtures {

    static final Instant PUBLISHED = Instant.parse("2026-01-01T00:00:00Z");

    private static Toolkit toolkit;

    private BundleFixtures() {
    }

    /** One toolkit for every bundle test: it compiles the schemas once. */
    static synchronized Toolkit toolkit() {
        if (toolkit == null) {
            toolkit = Toolkit.open(Optional.empty());
        }
        return toolkit;
    }

    /** A project holding the small valid demo pack of the fixture cases, with files overlaid (path to text). */
    static Path demoProject(Path dir, Map<String, String> overlay) {
        try {
            TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), dir.resolve("packs"));
            for (Map.Entry<String, String> e : overlay.entrySet()) {
                Path file = dir.resolve("packs").resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Bundles the project's packs into its {@code target/aqp/bundle}, version 1.0.0, published {@link #PUBLISHED}. */
    static BundleResult bundle(Path project) {
        return toolkit().bundle(BundleRequest.forProject(project, "1.0.0", Optional.of(PUBLISHED)), BuildLog.silent());
    }

    /** Bundles the repository's own packs, writing everything under {@code out}. */
    static BundleResult bundleRepository(Path out, Instant published) {
        Path root = TestPaths.repositoryRoot();
        ValidateRequest defaults = ValidateRequest.forProject(root);
        ValidateRequest validation = new ValidateRequest(root, root.resolve("packs"), Optional.empty(), out,
                defaults.failOn(), defaults.limits());
        BundleRequest request = new BundleRequest(validation, out.resolve("bundle"), BundleRequest.DEFAULT_NAME,
                BundleRequest.DEFAULT_TITLE, "1.0.0", BundleRequest.DEFAULT_PUBLISHER, Optional.of(published));
        return toolkit().bundle(request, BuildLog.silent());
    }

    /** Every entry of a zip, by name, in the zip's order. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /**
     * Every file under a folder and its bytes, by relative path with forward slashes. The folder may
     * be the toolkit's link to its current version: the walk starts at the real folder.
     */
    static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            Path real = folder.toRealPath();
            try (Stream<Path> all = Files.walk(real)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    files.put(real.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
