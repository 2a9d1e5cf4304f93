package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.model.KpiSchedule;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;
import uk.nhs.aqp.core.vocabulary.DescribedVariation;
import uk.nhs.aqp.core.vocabulary.Shown;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * The same values read the same through the document path (FreeMarker to AsciiDoc) and the site
 * path (FreeMarker to HTML): each variation's subject and values, and each KPI's frequency and
 * target, are found word for word in both.
 */
class OneVocabularyTest {

    private static final Pattern ENTITY = Pattern.compile("&#(\\d+);");

    @TempDir
    static Path work;

    private static Toolkit toolkit;
    private static SiteRequest request;
    private static ValidationResult validation;
    private static AdocRenderer renderer;

    @BeforeAll
    static void build() throws IOException {
        Path project = SiteFixture.demoProject(work.resolve("project"));
        toolkit = Toolkit.open(Optional.empty());
        request = SiteFixture.request(project, work.resolve("cache"));
        validation = toolkit.validate(request.validation(), BuildLog.silent());
        assertFalse(validation.failed(), validation.diagnostics().toString());
        toolkit.site(request, validation, BuildLog.silent());
        renderer = new AdocRenderer(TemplateSet.of(Optional.empty(), new ProjectPaths(project)));
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    @Test
    void a_variation_reads_the_same_in_the_document_and_on_the_site() throws IOException {
        Pack local = validation.localPacks().stream().filter(p -> p.key().contains("test-ccg")).findFirst().orElseThrow();
        List<DescribedVariation> variations = DescribedVariation.of(local);
        String document = adoc("variation-report.adoc.ftl", Map.of("pack", local, "document", "variation-report",
                "variations", variations));
        String site = Jsoup.parse(SiteFixture.page(request, "local/test-ccg/demo/index.html")).body().text();
        List<String> words = new ArrayList<>();
        for (DescribedVariation v : variations) {
            words.add(v.operation() + " " + v.subject().text());
            leaves(v.national(), words);
            leaves(v.local(), words);
        }
        assertTrue(words.size() > 10, words.toString());
        for (String w : words) {
            assertTrue(document.contains(w), "document lacks: " + w);
            assertTrue(site.contains(w), "site lacks: " + w);
        }
    }

    @Test
    void a_kpi_reads_the_same_in_the_kpi_schedule_and_on_the_site() throws IOException {
        Pack national = validation.packs().get(0);
        String document = adoc("kpi-schedule.adoc.ftl", Map.of("pack", national, "document", "kpi-schedule"));
        String site = Jsoup.parse(SiteFixture.page(request, "packs/demo/index.html")).body().text();
        Vocabulary words = Vocabulary.standard();
        for (KpiSchedule.Kpi k : national.kpis().kpis()) {
            String frequency = words.label("frequency", k.frequency());
            assertTrue(document.contains(frequency) && site.contains(frequency), frequency);
            String target = words.target(k.target());
            assertTrue(document.toLowerCase().contains(target) && site.contains(target), target);
        }
    }

    /** The AsciiDoc of a template as a reader sees its words: entities decoded, marks and emphasis dropped. */
    private static String adoc(String template, Map<String, Object> data) {
        DiagnosticSink sink = new DiagnosticSink();
        String adoc = renderer.render(template, data, sink).orElseThrow(() -> new AssertionError(sink.sorted()));
        Matcher m = ENTITY.matcher(adoc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\{aqp-(removed|added)-(start|end)}", "").replace("__", "")
                .replace("::", ":").replace("==== ", "").replace("Changed: ", "Changed ").replace("Added: ", "Added ")
                .replace("Replaced: ", "Replaced ").replace("Removed: ", "Removed ");
    }

    private static void leaves(Shown s, List<String> out) {
        if (s instanceof Shown.Text t) {
            out.add(t.plain());
        } else if (s instanceof Shown.Bullets b) {
            b.items().forEach(i -> leaves(i, out));
        } else if (s instanceof Shown.Paragraphs p) {
            p.items().forEach(i -> leaves(i, out));
        } else if (s instanceof Shown.Fields f) {
            f.fields().forEach(x -> {
                out.add(x.label());
                leaves(x.value(), out);
            });
        }
    }
}
