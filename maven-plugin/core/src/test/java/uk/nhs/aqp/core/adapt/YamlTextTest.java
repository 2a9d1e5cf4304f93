package uk.nhs.aqp.core.adapt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.LoadLimits;
import uk.nhs.aqp.core.load.YamlLoader;
import uk.nhs.aqp.core.source.YamlDocument;

/** What rebase writes into a file reads back as exactly the value it was given, for every real pack file. */
class YamlTextTest {

    @TempDir
    Path dir;

    @Test
    void every_national_file_round_trips_through_the_yaml_writer() throws Exception {
        YamlLoader loader = new YamlLoader(LoadLimits.DEFAULT);
        int files = 0;
        try (Stream<Path> s = Files.walk(TestPaths.repositoryRoot().resolve("packs/national"))) {
            for (Path file : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                YamlDocument original = loader.load(file, file.toString(), new DiagnosticSink()).orElseThrow();
                Path copy = dir.resolve("copy.yaml");
                Files.writeString(copy, "was:" + YamlText.afterKey(original.root(), 0) + "\n", StandardCharsets.UTF_8);
                DiagnosticSink sink = new DiagnosticSink();
                YamlDocument back = loader.load(copy, "copy.yaml", sink)
                        .orElseThrow(() -> new AssertionError(file + ": " + sink.sorted()));
                assertTrue(JsonValues.same(original.root(), back.root().get("was")), file.toString());
                files++;
            }
        }
        assertTrue(files >= 48, "read " + files + " files");
    }
}
