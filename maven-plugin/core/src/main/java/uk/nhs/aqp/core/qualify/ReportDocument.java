package uk.nhs.aqp.core.qualify;

import java.util.List;
import uk.nhs.aqp.core.render.template.AsciidocEscaper;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * The AsciiDoc of one application's dry-run report, for the PDF (the same content as its HTML
 * page). Every value from a file goes through {@link AsciidocEscaper}, so no answer can inject
 * markup; the running header and footer use the packs' PDF theme attributes.
 */
public final class ReportDocument {

    private static final Vocabulary WORDS = Vocabulary.standard();

    private ReportDocument() {
    }

    public static String asciidoc(ApplicationResult r) {
        Application a = r.application();
        StringBuilder b = new StringBuilder(16_384);
        b.append("= ").append(esc("Qualification dry run: " + a.provider().name())).append('\n');
        b.append(":doctype: article\n:lang: en-GB\n:table-caption!:\n:figure-caption!:\n");
        b.append(":document-title: Qualification dry run\n");
        b.append(":aqp-short-title: ").append(esc(r.packTitle())).append('\n');
        b.append(":aqp-status-mark: ").append(a.illustrative() ? "Illustrative" : "Dry run").append('\n');
        b.append(":aqp-running-version: ").append(esc(r.packKey() + ", version " + r.packVersion() + " | assessed "
                + WORDS.date(a.assessmentDate()))).append("\n\n");
        if (a.illustrative()) {
            b.append("NOTE: Illustrative. This application is an invented example, not a real provider's.\n\n");
        }
        b.append("Qualification dry run of this application against *").append(esc(r.packTitle())).append("* (")
                .append(esc(r.packKey())).append(", version ").append(esc(r.packVersion())).append(").\n\n");
        b.append("*").append(esc(ReportPage.headline(r.overall()))).append("*\n\n");
        b.append("[cols=\"1,3\"]\n|===\n");
        cell(b, "Provider", a.provider().id() + " (" + WORDS.lower("sector", a.provider().sector()) + ")");
        cell(b, "Assessment date", WORDS.date(a.assessmentDate()));
        cell(b, "File", r.file());
        cell(b, "Found", ReportPage.counts(r));
        b.append("|===\n\n");
        List<Finding> wrong = r.findings().filter(f -> !f.outcome().clean()).toList();
        if (!wrong.isEmpty()) {
            b.append("== To put right\n\n");
            for (Finding f : wrong) {
                b.append("* *").append(esc(WORDS.label("outcome", f.outcome().value()))).append("* ")
                        .append(esc(ReportPage.part(f) + " " + f.id() + ": " + f.reason())).append('\n');
            }
            b.append('\n');
        }
        table(b, "Questionnaire as the pack amends it", r.questions());
        table(b, "Service-specific criteria", r.criteria());
        table(b, "What patients are offered", r.choices());
        return b.toString();
    }

    private static void table(StringBuilder b, String title, List<Finding> findings) {
        b.append("== ").append(esc(title)).append("\n\n[cols=\"2,7,2,4\",options=\"header\"]\n|===\n|Id |Asked |Result |Why\n");
        for (Finding f : findings) {
            b.append("\n|").append(esc(f.id()));
            if (f.change() != null && !f.change().equals("unchanged")) {
                b.append(" +\n_").append(esc(WORDS.label("change", f.change()))).append('_');
            }
            b.append("\n|").append(esc(f.text()));
            if (f.passRule() != null) {
                b.append(" +\n_").append(esc(f.passRule())).append('_');
            }
            b.append("\n|*").append(esc(WORDS.label("outcome", f.outcome().value()))).append("*\n|")
                    .append(esc(f.reason())).append('\n');
        }
        b.append("|===\n\n");
    }

    private static void cell(StringBuilder b, String term, String value) {
        b.append('|').append(esc(term)).append(" |").append(esc(value)).append('\n');
    }

    private static String esc(String text) {
        return text == null ? "" : AsciidocEscaper.escape(text);
    }
}
