package uk.nhs.aqp.core.qualify;

import java.util.List;
import uk.nhs.aqp.core.vocabulary.Html;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * The HTML pages of a dry run: one per application and the index with the summary. Plain HTML with
 * its own small style sheet, no script; every text from a file is escaped; tables turn into one
 * block per row on a narrow screen.
 */
final class ReportPage {

    private static final Vocabulary WORDS = Vocabulary.standard();

    private static final String STYLE = """
            body{font-family:Arial,Helvetica,sans-serif;color:#212b32;background:#f0f4f5;margin:0;line-height:1.5}
            main{max-width:960px;margin:0 auto;padding:16px}
            header{background:#005eb8;color:#fff;padding:12px 16px}header a{color:#fff}
            h1{font-size:1.75rem;margin:.5em 0}h2{font-size:1.35rem;margin:1.2em 0 .4em}
            .banner{background:#fff9c4;border-left:6px solid #ffeb3b;padding:8px 12px;margin:12px 0}
            .card{background:#fff;padding:12px 16px;margin:12px 0;border-left:6px solid #768692}
            .card.fail{border-color:#d5281b}.card.missing{border-color:#ed8b00}.card.to-assess{border-color:#005eb8}.card.pass{border-color:#007f3b}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}dt{font-weight:bold}dd{margin:0;overflow-wrap:anywhere}
            th.id{width:10%}th.asked{width:48%}th.result{width:14%}
            table{border-collapse:collapse;width:100%;background:#fff}
            th,td{text-align:left;vertical-align:top;padding:8px;border-bottom:1px solid #d8dde0}
            .tag{display:inline-block;padding:2px 8px;font-weight:bold;border:1px solid;white-space:nowrap}
            .tag.pass{color:#005a2a;background:#cce5d8}.tag.fail{color:#6b140e;background:#f7d4d1}
            .tag.missing{color:#6b3b00;background:#ffdc8e}.tag.to-assess{color:#002f5c;background:#dbe9f5}
            .tag.recorded{color:#3d4449;background:#dbe0e3}
            .small{font-size:.875rem;color:#4c6272}
            @media (max-width:640px){table,thead,tbody,tr,th,td{display:block}thead{position:absolute;left:-9999px}
            tr{border-bottom:2px solid #d8dde0;padding:4px 0}td{border:0;padding:2px 8px}
            td::before{content:attr(data-label);display:block;font-weight:bold;font-size:.875rem}
            dl{grid-template-columns:1fr}dd{margin-bottom:6px}}
            """;

    private ReportPage() {
    }

    static String application(ApplicationResult r, String toIndex, boolean pdf) {
        Application a = r.application();
        StringBuilder b = start("Dry run: " + a.provider().name() + " for " + r.packTitle(), toIndex);
        if (a.illustrative()) {
            b.append("<p class=\"banner\"><strong>Illustrative.</strong> This application is an invented example, not a real provider's.</p>\n");
        }
        b.append("<h1>").append(esc(a.provider().name())).append("</h1>\n");
        b.append("<p>Qualification dry run of this application against <strong>").append(esc(r.packTitle()))
                .append("</strong> (").append(esc(r.packKey())).append(", version ").append(esc(r.packVersion()))
                .append(").</p>\n");
        Outcome overall = r.overall();
        b.append("<div class=\"card ").append(overall.value()).append("\"><p><strong>")
                .append(esc(headline(overall))).append("</strong></p>\n<dl>");
        row(b, "Provider", a.provider().id() + " (" + WORDS.lower("sector", a.provider().sector()) + ")");
        row(b, "Assessment date", WORDS.date(a.assessmentDate()));
        row(b, "File", r.file());
        row(b, "Found", counts(r));
        b.append("</dl></div>\n");
        if (pdf) {
            b.append("<p><a href=\"").append(esc(a.provider().id())).append(".pdf\">This report as a PDF</a></p>\n");
        }
        toPutRight(b, r);
        table(b, "Questionnaire as the pack amends it", r.questions(), true);
        table(b, "Service-specific criteria", r.criteria(), false);
        table(b, "What patients are offered", r.choices(), false);
        return end(b);
    }

    static String index(DryRunSummary summary) {
        StringBuilder b = start("Qualification dry run", null);
        b.append("<h1>Qualification dry run</h1>\n<p>Every application found beside a pack, checked against the "
                + "standard questionnaire as that pack amends it, its criteria and its patient-choice items. "
                + "A question no application answered cleanly is evidence for an amendment.</p>\n");
        if (summary.packs().isEmpty()) {
            b.append("<p>No applications were found.</p>\n");
        }
        for (DryRunSummary.PackSummary p : summary.packs()) {
            b.append("<h2>").append(esc(p.packTitle())).append(" <span class=\"small\">").append(esc(p.packKey()))
                    .append("</span></h2>\n<table><thead><tr><th>Application</th><th>Dry run</th><th>Found</th></tr></thead><tbody>\n");
            for (ApplicationResult r : p.applications()) {
                b.append("<tr><td data-label=\"Application\"><a href=\"").append(esc(href(r))).append("\">")
                        .append(esc(r.application().provider().name())).append("</a></td><td data-label=\"Dry run\">")
                        .append(tag(r.overall())).append("</td><td data-label=\"Found\">").append(esc(counts(r)))
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
            unclean(b, "No application answered these cleanly", p.noneClean());
            unclean(b, "Some applications did not answer these cleanly", p.someNotClean());
        }
        return end(b);
    }

    /** Where an application's page lives, relative to the index. */
    static String href(ApplicationResult r) {
        return r.packOutput() + "/" + r.application().provider().id() + ".html";
    }

    private static void unclean(StringBuilder b, String title, List<DryRunSummary.Unclean> items) {
        b.append("<h3>").append(esc(title)).append("</h3>\n");
        if (items.isEmpty()) {
            b.append("<p>None.</p>\n");
            return;
        }
        b.append("<ul>\n");
        for (DryRunSummary.Unclean u : items) {
            b.append("<li><strong>").append(esc(u.id())).append("</strong> ").append(esc(u.text()))
                    .append(" <span class=\"small\">(").append(u.clean()).append(" of ").append(u.applications())
                    .append(" clean)</span><ul>");
            u.reasons().forEach(r -> b.append("<li class=\"small\">").append(esc(r)).append("</li>"));
            b.append("</ul></li>\n");
        }
        b.append("</ul>\n");
    }

    /** The failures and gaps first, so that nobody has to find them in the tables. */
    private static void toPutRight(StringBuilder b, ApplicationResult r) {
        List<Finding> wrong = r.findings().filter(f -> !f.outcome().clean()).toList();
        if (wrong.isEmpty()) return;
        b.append("<h2>To put right</h2>\n<ul>\n");
        for (Finding f : wrong) {
            b.append("<li>").append(tag(f.outcome())).append(" <strong>").append(esc(part(f))).append(' ')
                    .append(esc(f.id())).append("</strong>: ").append(esc(f.reason())).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    /** {@code Question}, {@code Criterion} or {@code Patient-choice item}. */
    static String part(Finding f) {
        return PARTS.get(f.part());
    }

    private static final java.util.Map<String, String> PARTS = java.util.Map.of("question", "Question", "criterion",
            "Criterion", "choice", "Patient-choice item");

    private static void table(StringBuilder b, String title, List<Finding> findings, boolean change) {
        b.append("<h2>").append(esc(title)).append("</h2>\n<table><thead><tr><th class=\"id\">Id</th><th class=\"asked\">Asked</th>"
                + "<th class=\"result\">Result</th><th>Why</th></tr></thead><tbody>\n");
        for (Finding f : findings) {
            b.append("<tr><td data-label=\"Id\">").append(esc(f.id()));
            if (change && f.change() != null && !f.change().equals("unchanged")) {
                b.append("<br><span class=\"small\">").append(esc(WORDS.label("change", f.change()))).append("</span>");
            }
            b.append("</td><td data-label=\"Asked\">").append(esc(f.text()));
            if (f.passRule() != null) {
                b.append("<br><span class=\"small\">").append(esc(f.passRule())).append("</span>");
            }
            b.append("</td><td data-label=\"Result\">").append(tag(f.outcome())).append("</td><td data-label=\"Why\">")
                    .append(esc(f.reason())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    static String headline(Outcome overall) {
        return switch (overall) {
            case FAIL -> "Would not qualify as it stands: at least one pass rule fails.";
            case MISSING -> "Incomplete: at least one answer or document is missing.";
            case TO_ASSESS -> "Nothing fails or is missing; the answers marked for a person still need assessing.";
            default -> "Every pass rule a machine can check is met.";
        };
    }

    static String counts(ApplicationResult r) {
        StringBuilder s = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            long n = r.count(o);
            if (n > 0) s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(WORDS.lower("outcome", o.value()));
        }
        return s.toString();
    }

    private static String tag(Outcome o) {
        return "<span class=\"tag " + o.value() + "\">" + esc(WORDS.label("outcome", o.value())) + "</span>";
    }

    private static void row(StringBuilder b, String term, String value) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    private static StringBuilder start(String title, String toIndex) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n<header>")
                .append(toIndex == null ? "AQP qualification dry run" : "<a href=\"" + esc(toIndex) + "\">AQP qualification dry run</a>")
                .append("</header>\n<main>\n");
        return b;
    }

    private static String end(StringBuilder b) {
        return b.append("</main>\n</body></html>\n").toString();
    }

    static String esc(String text) {
        return Html.escape(text);
    }
}
