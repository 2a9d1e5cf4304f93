package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;

/**
 * The AsciiDoc each built-in template makes for the small demo pack (the variation report: for a
 * local adaptation of it), compared with reviewed
 * copies in {@code src/test/resources/golden/demo/}. After a deliberate template change, rewrite
 * them with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenAsciidocTest {

    private static final Path GOLDEN = TestPaths.repositoryRoot()
            .resolve("maven-plugin/core/src/test/resources/golden/demo");

    @TempDir
    Path project;

    @TestFactory
    Stream<DynamicTest> generated_asciidoc_matches_the_reviewed_copy() throws IOException {
        Path packs = RenderFixture.basePack(project.resolve("packs"));
        TestPaths.copyTree(TestPaths.casesFolder().resolve("local_adaptation_resolves_cleanly/packs/local"),
                packs.resolve("local"));
        ValidateRequest request = ValidateRequest.forProject(project).withPacks(packs);
        ValidationResult validated = RenderFixture.toolkit().validate(request, BuildLog.silent());
        Pack national = validated.packs().get(0);
        Pack local = validated.localPacks().get(0);
        AdocRenderer renderer = new AdocRenderer(TemplateSet.of(Optional.empty(), new ProjectPaths(project)));
        boolean update = Boolean.getBoolean("golden.update");
        return Arrays.stream(DocumentKind.values()).map(kind -> DynamicTest.dynamicTest(kind.fileName(), () -> {
            DiagnosticSink sink = new DiagnosticSink();
            Pack pack = kind.appliesTo(national) ? national : local;
            String actual = renderer.render(kind.template(), TemplateData.of(pack, validated.standard(), kind), sink)
                    .orElseThrow(() -> new AssertionError(sink.sorted().toString()));
            Path golden = GOLDEN.resolve(kind.fileName() + ".adoc");
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertEquals(read(golden), actual, "differs from " + golden + "; if intended, run with -Dgolden.update=true");
        }));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
