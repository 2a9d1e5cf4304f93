package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * Pack text is data: every payload of {@link Payloads} placed in a paragraph, a list item, a table
 * cell and a section title of the specification shows as literal text in the HTML and the PDF,
 * adds no element, link or action, and reads no file.
 */
@Tag("render")
class InjectionPayloadsTest {

    @TempDir
    static Path project;

    static String html;
    static String htmlText;
    static Set<String> baselineTags;
    static String pdfText;
    static Path pdf;
    static RenderResult result;

    @BeforeAll
    static void render() throws IOException {
        Files.writeString(project.resolve("secret.txt"), Payloads.SECRET + "\n");
        Path baselinePacks = RenderFixture.basePack(project.resolve("baseline/packs"));
        RenderResult baseline = RenderFixture.render(baselinePacks, request(project.resolve("baseline/out"), false));
        assertTrue(baseline.published(), baseline.diagnostics().toString());
        baselineTags = DocumentText.htmlTags(RenderFixture.read(
                project.resolve("baseline/out/docs/demo/service-specification.html")));

        Path packs = RenderFixture.basePack(project.resolve("packs"));
        Path spec = packs.resolve("national/demo/specification.yaml");
        Files.writeString(spec, withPayloads(RenderFixture.read(spec)));
        result = RenderFixture.render(packs, request(project.resolve("target/aqp"), true));
        Path docs = project.resolve("target/aqp/docs/demo");
        html = RenderFixture.read(docs.resolve("service-specification.html"));
        htmlText = DocumentText.htmlText(html);
        pdf = docs.resolve("service-specification.pdf");
        pdfText = DocumentText.pdfText(pdf);
    }

    private static RenderRequest request(Path out, boolean pdf) {
        return new RenderRequest(project, out, Optional.empty(), pdf, Severity.ERROR, 2);
    }

    @Test
    void there_are_at_least_25_payloads_and_the_documents_render_without_a_diagnostic() {
        assertTrue(Payloads.ALL.size() >= 25);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(6, result.pdf());
    }

    @TestFactory
    Stream<DynamicTest> each_payload_shows_as_literal_text_in_html_and_pdf() {
        return Payloads.ALL.stream().map(p -> DynamicTest.dynamicTest(DocumentText.fold(p), () -> {
            String literal = DocumentText.fold(p);
            int places = p.length() > 160 ? 3 : 4; // section titles are cut to 160 characters by the schema
            assertTrue(count(htmlText, literal) >= places, "HTML shows it in paragraph, list, table and title: " + literal);
            assertTrue(DocumentText.squeeze(pdfText).contains(DocumentText.squeeze(p)), "PDF shows " + literal);
        }));
    }

    @Test
    void html_gains_no_element_kind_that_the_plain_pack_does_not_have() {
        Set<String> extra = new TreeSet<>(DocumentText.htmlTags(html));
        extra.removeAll(baselineTags);
        assertEquals(Set.of(), extra);
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.toLowerCase().matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), "no event handler attribute");
    }

    @Test
    void every_html_link_stays_inside_the_document_but_the_templates_own_link_back_to_the_pack_page() {
        List<String> outside = new ArrayList<>();
        for (String link : DocumentText.htmlLinks(html)) {
            if (!link.startsWith("#")) {
                outside.add(link);
            }
        }
        assertEquals(List.of("../../packs/demo/index.html"), outside);
    }

    @Test
    void pdf_has_no_link_or_action_except_jumps_within_the_document() {
        Set<String> actions = new TreeSet<>(DocumentText.pdfActions(pdf));
        actions.remove("GoTo");
        assertEquals(Set.of(), actions);
    }

    @Test
    void no_file_outside_the_packs_is_read() {
        assertFalse(htmlText.contains(Payloads.SECRET));
        assertFalse(pdfText.contains(Payloads.SECRET));
        assertFalse(htmlText.contains("root:x:0"));
        assertFalse(pdfText.contains("root:x:0"));
    }

    /** The payloads as a paragraph, a list item, a table row and a section title each. */
    private static String withPayloads(String yaml) {
        StringBuilder paragraphs = new StringBuilder();
        StringBuilder aims = new StringBuilder();
        StringBuilder exclusions = new StringBuilder();
        StringBuilder components = new StringBuilder();
        for (int i = 0; i < Payloads.ALL.size(); i++) {
            String p = json(Payloads.ALL.get(i));
            String id = String.format("%02d", i + 1);
            paragraphs.append("    - ").append(p).append('\n');
            aims.append("    - ").append(p).append('\n');
            exclusions.append("    - id: DM-EX-").append(id).append("\n      criterion: ").append(p)
                    .append("\n      redirectTo: Paediatric service.\n");
            components.append("    - id: DM-C-").append(id).append("\n      name: ")
                    .append(json(Payloads.ALL.get(i).length() > 160 ? Payloads.ALL.get(i).substring(0, 160)
                            : Payloads.ALL.get(i)))
                    .append("\n      description:\n        - Assess the patient.\n");
        }
        String out = yaml.replace("  nationalContext:\n    - Some context.\n", "  nationalContext:\n" + paragraphs)
                .replace("  aims:\n    - Help patients.\n", "  aims:\n" + aims)
                .replace("  exclusions:\n    - id: DM-EX-01\n      criterion: Children.\n      redirectTo: Paediatric service.\n",
                        "  exclusions:\n" + exclusions)
                .replace("  components:\n    - id: DM-C-01\n      name: Assessment\n      description:\n        - Assess the patient.\n",
                        "  components:\n" + components);
        if (out.equals(yaml)) {
            throw new IllegalStateException("the base specification changed; update the payload placement");
        }
        return out;
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
