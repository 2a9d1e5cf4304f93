package uk.nhs.aqp.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.YamlDocument;

/** Tier 2: small inline files for the loader's own behaviour. */
class YamlLoaderTest {

    @TempDir
    Path dir;

    private YamlDocument load(String text, DiagnosticSink sink) throws Exception {
        Path f = dir.resolve("f.yaml");
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        return new YamlLoader(LoadLimits.DEFAULT).load(f, "f.yaml", sink).orElse(null);
    }

    @Test
    void prices_are_exact_decimals_with_their_written_scale() throws Exception {
        YamlDocument doc = load("price: 44.10\nother: 0.1\n", new DiagnosticSink());
        assertEquals(new BigDecimal("44.10"), doc.root().get("price").decimalValue());
        assertEquals("44.10", doc.root().get("price").decimalValue().toPlainString());
        assertEquals(new BigDecimal("0.1"), doc.root().get("other").decimalValue());
    }

    @Test
    void every_node_and_key_has_its_line_and_column() throws Exception {
        YamlDocument doc = load("a:\n  - b: 1\n    c: two\n", new DiagnosticSink());
        assertEquals("f.yaml:3:8", doc.sources().value("/a/0/c").location());
        assertEquals("f.yaml:3:5", doc.sources().key("/a/0/c").location());
        assertEquals("f.yaml:2:5", doc.sources().value("/a/0").location());
        // a missing node is located at its nearest ancestor, keeping the pointer asked for
        assertEquals("/a/0/missing", doc.sources().value("/a/0/missing").pointer());
    }

    @Test
    void yaml_1_1_words_stay_text_and_dates_stay_text() throws Exception {
        YamlDocument doc = load("a: no\nb: on\nc: 2012-12-20\nd: true\ne: ~\n", new DiagnosticSink());
        assertTrue(doc.root().get("a").isTextual());
        assertTrue(doc.root().get("b").isTextual());
        assertTrue(doc.root().get("c").isTextual());
        assertTrue(doc.root().get("d").isBoolean());
        assertTrue(doc.root().get("e").isNull());
    }

    @Test
    void aliases_that_expand_past_the_node_budget_fail_fast() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (int level = 0; level < 6; level++) {
            String name = "l" + level;
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 7; i++) yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
            yaml.append("]\n");
            prev = name;
        }
        DiagnosticSink sink = new DiagnosticSink();
        assertEquals(null, load(yaml.toString(), sink));
        assertEquals("yaml.too-many-nodes", sink.sorted().get(0).ruleId());
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES) // guards against a hang, not a timing assertion
    void a_named_pipe_is_reported_and_never_opened() throws Exception {
        Path fifo = dir.resolve("kpis.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo to make a named pipe");
        DiagnosticSink sink = new DiagnosticSink();
        assertTrue(new YamlLoader(LoadLimits.DEFAULT).load(fifo, "kpis.yaml", sink).isEmpty());
        assertEquals("kpis.yaml: error: [pack.not-a-file] this is a named pipe (FIFO), not a regular file, so it was not read",
                sink.sorted().get(0).format());
    }

    @Test
    void a_file_that_holds_one_value_is_not_a_pack_file_and_is_not_quoted() throws Exception {
        DiagnosticSink sink = new DiagnosticSink();
        assertEquals(null, load("S3CRET-value-of-another-file\n", sink));
        assertEquals(1, sink.sorted().size());
        assertEquals("yaml.not-a-mapping", sink.sorted().get(0).ruleId());
        assertTrue(!sink.sorted().get(0).format().contains("S3CRET"), sink.sorted().toString());
    }
}
