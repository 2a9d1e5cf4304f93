package uk.nhs.aqp.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void a_refused_character_is_located_by_code_points_on_lines_ended_by_crlf() throws Exception {
        DiagnosticSink sink = new DiagnosticSink();
        YamlDocument doc = load("a: \"\uD83D\uDE00\"\r\nb: x\u202Ey\r\nc: \uD83D\uDE00\uD83D\uDE00\u202Dz\r\n", sink);
        assertEquals(List.of(
                "f.yaml:2:5: error: [yaml.bidi-override] /b: U+202E (RIGHT-TO-LEFT OVERRIDE) reverses the order in "
                        + "which the text after it is displayed, so readers would see something other than what is "
                        + "written; delete it",
                "f.yaml:3:6: error: [yaml.bidi-override] /c: U+202D (LEFT-TO-RIGHT OVERRIDE) reverses the order in "
                        + "which the text after it is displayed, so readers would see something other than what is "
                        + "written; delete it"),
                sink.sorted().stream().map(d -> d.format()).toList());
        assertEquals("x\u202Ey", doc.root().get("b").textValue(), "the tree is kept, so the rest of the file is checked");
    }

    @Test
    void numbers_too_large_or_not_numbers_at_all_are_reported_not_thrown() throws Exception {
        DiagnosticSink sink = new DiagnosticSink();
        assertEquals(null, load("a: 1e99999\nb: 1e-99999\nc: 1e9999999999\nd: !!float .inf\ne: !!int 1.5\n"
                + "f: " + "9".repeat(100) + "\ng: 999999999999999.999999999999999\n", sink));
        assertEquals(List.of("f.yaml:1:4 yaml.number-range", "f.yaml:2:4 yaml.number-range", "f.yaml:3:4 yaml.number-range",
                "f.yaml:4:4 yaml.bad-tag", "f.yaml:5:4 yaml.bad-tag", "f.yaml:6:4 yaml.number-range"),
                sink.sorted().stream().map(d -> d.origin().location() + " " + d.ruleId()).toList());
    }
}
