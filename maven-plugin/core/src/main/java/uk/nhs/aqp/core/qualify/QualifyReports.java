package uk.nhs.aqp.core.qualify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.publish.Content;

/**
 * The files of a dry run, by path in the report folder: {@code index.html} and {@code summary.json}
 * for the whole run, and for each application {@code <pack output>/<provider-id>.html} and
 * {@code .json}. The JSON carries the provider's organisation and the findings, nothing about a
 * person. Deterministic: no time, sorted paths, keys in a fixed order.
 */
public final class QualifyReports {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The files; {@code pdf}: each page links to its PDF, which the caller adds. */
    public Map<String, Content> files(List<ApplicationResult> results, DryRunSummary summary, boolean pdf) {
        Map<String, Content> files = new TreeMap<>();
        for (ApplicationResult r : results) {
            String base = r.packOutput() + "/" + r.application().provider().id();
            String toIndex = "../".repeat(r.packOutput().split("/").length) + "index.html";
            files.put(base + ".html", text(ReportPage.application(r, toIndex, pdf)));
            files.put(base + ".json", write(application(r)));
        }
        files.put("index.html", text(ReportPage.index(summary)));
        files.put("summary.json", write(summary(summary)));
        return files;
    }

    ObjectNode application(ApplicationResult r) {
        ObjectNode o = json.createObjectNode();
        Application a = r.application();
        o.put("provider", a.provider().id());
        o.put("providerName", a.provider().name());
        o.put("sector", a.provider().sector());
        o.put("illustrative", a.illustrative());
        o.put("pack", r.packKey());
        o.put("packVersion", r.packVersion());
        o.put("assessmentDate", a.assessmentDate().toString());
        o.put("file", r.file());
        o.put("overall", r.overall().value());
        ObjectNode counts = o.putObject("counts");
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome.value(), r.count(outcome));
        }
        findings(o.putArray("questions"), r.questions());
        findings(o.putArray("criteria"), r.criteria());
        findings(o.putArray("patientChoice"), r.choices());
        return o;
    }

    private static void findings(ArrayNode out, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode n = out.addObject();
            n.put("id", f.id());
            if (f.change() != null) n.put("change", f.change());
            n.put("outcome", f.outcome().value());
            n.put("reason", f.reason());
        }
    }

    ObjectNode summary(DryRunSummary summary) {
        ObjectNode o = json.createObjectNode();
        ArrayNode packs = o.putArray("packs");
        for (DryRunSummary.PackSummary p : summary.packs()) {
            ObjectNode n = packs.addObject();
            n.put("pack", p.packKey());
            ArrayNode apps = n.putArray("applications");
            for (ApplicationResult r : p.applications()) {
                apps.addObject().put("provider", r.application().provider().id()).put("overall", r.overall().value())
                        .put("report", ReportPage.href(r));
            }
            unclean(n.putArray("answeredCleanlyByNone"), p.noneClean());
            unclean(n.putArray("notAnsweredCleanlyByAll"), p.someNotClean());
        }
        return o;
    }

    private static void unclean(ArrayNode out, List<DryRunSummary.Unclean> items) {
        for (DryRunSummary.Unclean u : items) {
            ObjectNode n = out.addObject();
            n.put("part", u.part());
            n.put("id", u.id());
            n.put("clean", u.clean());
            n.put("applications", u.applications());
            ObjectNode outcomes = n.putObject("outcomes");
            u.outcomes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> outcomes.put(e.getKey(), e.getValue()));
            ArrayNode reasons = n.putArray("reasons");
            u.reasons().forEach(reasons::add);
        }
    }

    private Content write(ObjectNode node) {
        try {
            return text(json.writeValueAsString(node) + "\n");
        } catch (JsonProcessingException e) {
            throw new ToolingException("cannot write a dry-run report: " + e.getMessage(), e);
        }
    }

    private static Content text(String s) {
        return Content.of(s.getBytes(StandardCharsets.UTF_8));
    }
}
