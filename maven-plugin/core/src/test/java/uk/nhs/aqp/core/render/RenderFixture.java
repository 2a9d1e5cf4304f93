package uk.nhs.aqp.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;

/**
 * One toolkit, and so one Asciidoctor instance, for every render test of the run: starting
 * JRuby costs seconds and the first PDF many more. Closed when the test JVM exits.
 */
final class RenderFixture {

    private static Toolkit toolkit;

    private RenderFixture() {
    }

    static synchronized Toolkit toolkit() {
        if (toolkit == null) {
            toolkit = Toolkit.open(Optional.empty());
            Toolkit opened = toolkit;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close));
        }
        return toolkit;
    }

    /** Validates {@code packs} (which must be valid) and renders them into {@code out}. */
    static RenderResult render(Path packs, RenderRequest request) {
        return render(toolkit(), packs, request, BuildLog.silent());
    }

    /** As {@link #render(Path, RenderRequest)}, in {@code toolkit}, logging the render to {@code log}. */
    static RenderResult render(Toolkit toolkit, Path packs, RenderRequest request, BuildLog log) {
        ValidateRequest validate = ValidateRequest.forProject(request.projectRoot()).withPacks(packs);
        validate = new ValidateRequest(validate.projectRoot(), packs, Optional.empty(),
                request.outputDirectory(), validate.failOn(), validate.limits());
        ValidationResult validated = toolkit.validate(validate, BuildLog.silent());
        if (validated.failed()) {
            throw new AssertionError("fixture packs are not valid: " + validated.diagnostics());
        }
        return toolkit.render(request, validated, log);
    }

    /** The small valid pack the fixture cases are built on, copied to {@code target} with {@code edits} applied. */
    static Path basePack(Path target) {
        Path base = TestPaths.repositoryRoot().resolve("maven-plugin/core/src/test/resources/cases/_base/packs");
        copy(base, target);
        return target;
    }

    /** The base national pack and the local adaptation of {@code local_adaptation_resolves_cleanly}. */
    static Path nationalAndLocalPack(Path target) throws IOException {
        basePack(target);
        TestPaths.copyTree(TestPaths.casesFolder().resolve("local_adaptation_resolves_cleanly/packs/local"),
                target.resolve("local"));
        return target;
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
