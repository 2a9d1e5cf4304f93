package uk.nhs.aqp.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.SourceMap;
import uk.nhs.aqp.core.source.YamlDocument;

/** Wording a pack's citations: what a reader gets, and the pack's own documents left as they were. */
class CitationWordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static YamlDocument document(String name, String json) throws Exception {
        return new YamlDocument(Path.of(name), JSON.readTree(json), new SourceMap.Builder(name).build());
    }

    @Test
    void a_cited_figure_is_worded_and_the_documents_given_stay_as_they_were() throws Exception {
        YamlDocument spec = document("specification.yaml", """
                {"scope": {"eligibility": {"age": {"min": 55}},
                           "summary": "For adults aged {{age.min}} and over.",
                           "outcomes": [{"id": "O1", "text": "Hears better."}, {"id": "O2", "text": "From {{ age.min }}."}]}}
                """);
        YamlDocument kpis = document("kpis.yaml", """
                {"kpis": [{"id": "K1", "name": "Seen within six weeks"}]}
                """);
        String before = spec.root().toString();
        Map<FileKind, YamlDocument> documents = Map.of(FileKind.SPECIFICATION, spec, FileKind.KPIS, kpis);

        Map<FileKind, YamlDocument> worded = PackFigures.of(documents).substitute(documents, new DiagnosticSink());

        JsonNode scope = worded.get(FileKind.SPECIFICATION).root().get("scope");
        assertEquals("For adults aged 55 and over.", scope.get("summary").asText());
        assertEquals("From 55.", scope.at("/outcomes/1/text").asText());
        assertEquals(before, spec.root().toString(), "the pack's own tree still cites the figure");
        assertSame(kpis, worded.get(FileKind.KPIS), "a file that cites nothing is given back as it is");
        assertSame(spec.root().at("/scope/outcomes/0"), scope.at("/outcomes/0"),
                "a part that cites nothing is shared, not copied");
    }

    @Test
    void a_name_the_pack_does_not_define_is_reported_at_its_text_and_left_as_written() throws Exception {
        YamlDocument spec = new YamlDocument(Path.of("specification.yaml"), JSON.readTree("""
                {"scope": {"outcomes": [{"id": "O1", "text": "Within {{wait.first}}."}]}}
                """), new SourceMap.Builder("specification.yaml").value("/scope/outcomes/0/text", 4, 11).build());
        DiagnosticSink sink = new DiagnosticSink();

        Map<FileKind, YamlDocument> worded = PackFigures.of(Map.of(FileKind.SPECIFICATION, spec))
                .substitute(Map.of(FileKind.SPECIFICATION, spec), sink);

        assertEquals("Within {{wait.first}}.", worded.get(FileKind.SPECIFICATION).root().at("/scope/outcomes/0/text").asText());
        assertEquals(1, sink.size());
        Diagnostic d = sink.sorted().get(0);
        assertEquals(List.of("text.unknown-figure", "specification.yaml", 4, "/scope/outcomes/0/text"),
                List.of(d.ruleId(), d.file(), d.line(), d.pointer()));
    }
}
