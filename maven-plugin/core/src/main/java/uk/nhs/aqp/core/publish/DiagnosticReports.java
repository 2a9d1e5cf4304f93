package uk.nhs.aqp.core.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.Rule;
import uk.nhs.aqp.core.diagnostic.RuleCatalog;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * The diagnostics of a run as machine-readable reports: a plain JSON list and SARIF 2.1.0 (which
 * code hosts show inline on pull requests). Same input, same bytes: no timestamps.
 */
public final class DiagnosticReports {

    public static final String JSON_FILE = "diagnostics.json";
    public static final String SARIF_FILE = "diagnostics.sarif";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final RuleCatalog catalog;
    private final String toolVersion;

    public DiagnosticReports(RuleCatalog catalog, String toolVersion) {
        this.catalog = catalog;
        this.toolVersion = toolVersion;
    }

    public byte[] json(List<Diagnostic> diagnostics) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Diagnostic d : diagnostics) {
            ObjectNode o = list.addObject();
            o.put("severity", d.severity().label());
            o.put("rule", d.ruleId());
            o.put("file", d.file());
            o.put("line", d.line());
            o.put("column", d.column());
            o.put("pointer", d.pointer());
            o.put("message", d.message());
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("errors", diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count());
        root.put("warnings", diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count());
        root.set("diagnostics", list);
        return bytes(root);
    }

    public byte[] sarif(List<Diagnostic> diagnostics) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "aqp-maven-plugin");
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        List<String> used = List.copyOf(new TreeSet<>(diagnostics.stream().map(Diagnostic::ruleId).toList()));
        for (String id : used) {
            Rule rule = catalog.rule(id);
            ObjectNode r = rules.addObject();
            r.put("id", id);
            r.putObject("shortDescription").put("text", rule.summary());
            r.putObject("help").put("text", rule.fix());
            r.putObject("defaultConfiguration").put("level", level(rule.severity()));
        }
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            ObjectNode r = results.addObject();
            r.put("ruleId", d.ruleId());
            r.put("ruleIndex", used.indexOf(d.ruleId()));
            r.put("level", level(d.severity()));
            r.putObject("message").put("text", d.message());
            ObjectNode location = r.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", d.file());
            if (d.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", d.line());
                region.put("startColumn", d.column());
            }
            if (!d.pointer().isEmpty()) {
                location.putArray("logicalLocations").addObject().put("fullyQualifiedName", d.pointer());
            }
        }
        return bytes(root);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static byte[] bytes(Object tree) {
        try {
            return (MAPPER.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new ToolingException("cannot write diagnostics report", e);
        }
    }
}
