package uk.nhs.aqp.core.render.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class AsciidocEscaperTest {

    @Test
    void ordinary_prose_stays_readable() {
        assertEquals("Patients are seen within 16 working days, or sooner (if urgent), at 95% of sites.",
                AsciidocEscaper.escape("Patients are seen within 16 working days, or sooner (if urgent), at 95% of sites."));
        assertEquals("the patient's own goals", AsciidocEscaper.escape("the patient's own goals"));
    }

    @Test
    void syntax_characters_become_character_references() {
        assertEquals("&#60;script&#62;", AsciidocEscaper.escape("<script>"));
        assertEquals("&#123;doctitle&#125;", AsciidocEscaper.escape("{doctitle}"));
        assertEquals("pass&#58;&#91;x&#93;", AsciidocEscaper.escape("pass:[x]"));
        assertEquals("&#38;lt;", AsciidocEscaper.escape("&lt;"));
        assertEquals("a &#124; b", AsciidocEscaper.escape("a | b"));
    }

    @Test
    void line_breaks_become_spaces_so_a_value_never_starts_a_block() {
        assertEquals("a &#43;&#43;&#43;&#43; b", AsciidocEscaper.escape("a\n++++\rb"));
        assertFalse(AsciidocEscaper.escape("x\n\n== Title").contains("\n"));
    }

    @Test
    void what_means_something_at_the_start_of_a_line_is_escaped_there() {
        assertEquals("&#61; Title", AsciidocEscaper.escape("= Title"));
        assertEquals("&#46; Block title", AsciidocEscaper.escape(". Block title"));
        assertEquals("1&#46; item", AsciidocEscaper.escape("1. item"));
        assertEquals("&#45; item", AsciidocEscaper.escape("- item"));
        assertEquals("&#39;&#39;&#39;", AsciidocEscaper.escape("'''"));
        assertEquals("&#32;indented", AsciidocEscaper.escape(" indented"));
        assertEquals("version 2.0.0", AsciidocEscaper.escape("version 2.0.0"));
    }

    @Test
    void replacements_and_index_terms_are_broken_up() {
        assertEquals("&#40;C) a &#45;- b &#46;&#46;.", AsciidocEscaper.escape("(C) a -- b ..."));
        assertEquals("&#40;(term&#41;)", AsciidocEscaper.escape("((term))"));
    }

    @Test
    void control_characters_are_dropped() {
        assertEquals("ab", AsciidocEscaper.escape("a\u0000b"));
    }
}
