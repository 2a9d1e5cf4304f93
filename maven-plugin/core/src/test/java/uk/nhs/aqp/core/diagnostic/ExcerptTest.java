package uk.nhs.aqp.core.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.source.Origin;

/** What a message may quote of a file: one printable line, and only a short part of a long text. */
class ExcerptTest {

    @Test
    void control_format_and_line_breaking_characters_are_escaped() {
        assertEquals("a\\nb\\tc\\x1B[31md\\u202Ee\\x7Ff\\u2028g", Excerpt.escape("a\nb\tc\u001b[31md\u202ee\u007ff\u2028g"));
        assertEquals("£ café – ✓", Excerpt.escape("£ café – ✓"), "printable text is kept as it is");
    }

    @Test
    void long_text_is_cut_to_the_limit_with_an_ellipsis() {
        assertEquals("abcdefg...", Excerpt.of("abcdefghijklmnop", 10));
        assertEquals("abcdefghij", Excerpt.of("abcdefghij", 10));
        assertEquals("\\x00\\x00\\x00...", Excerpt.of("\u0000".repeat(20), 15), "the limit counts the escapes");
    }

    @Test
    void a_diagnostic_prints_as_one_line_whatever_its_arguments_and_pointer_hold() {
        DiagnosticSink sink = new DiagnosticSink();
        sink.report("schema.unknown-key", new Origin("f.yaml", 1, 1, "/a\nb"), "a\nb\u001b]0;title\u0007", "hint");
        assertEquals("f.yaml:1:1: error: [schema.unknown-key] /a\\nb: unknown key 'a\\nb\\x1B]0;title\\x07'; hint",
                sink.sorted().get(0).format());
    }
}
