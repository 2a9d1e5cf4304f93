package uk.nhs.aqp.core.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.RuleCatalog;
import uk.nhs.aqp.core.model.Commissioner;

/**
 * Builds the return of every SHA of the register from the commissioners and the diagnostics of the
 * {@code register.*} rules (a diagnostic belongs to the commissioner whose
 * {@code local/<id>/commissioner.yaml} it names).
 */
public final class ShaReturns {

    private static final Pattern DECISION = Pattern.compile("^/decisions/(\\d+)(/.*)?$");

    private ShaReturns() {
    }

    /** One return per commissioner of kind {@code sha}, by SHA name then id. */
    public static List<ShaReturn> of(List<Commissioner> register, List<Diagnostic> diagnostics, RuleCatalog rules) {
        Map<String, Commissioner> byId = register.stream()
                .collect(Collectors.toMap(Commissioner::id, Function.identity(), (a, b) -> a));
        List<ShaReturn> out = new ArrayList<>();
        register.stream().filter(c -> "sha".equals(c.kind()))
                .sorted(Comparator.comparing(Commissioner::name).thenComparing(Commissioner::id))
                .forEach(sha -> out.add(new ShaReturn(sha, register.stream()
                        .filter(c -> sha.id().equals(shaOf(c, byId)))
                        .sorted(Comparator.comparing(Commissioner::name).thenComparing(Commissioner::id))
                        .map(c -> new ShaReturn.Member(c, c.notified(), c.decisions(), findings(c, diagnostics, rules)))
                        .toList())));
        return out;
    }

    /** The SHA a commissioner is under: its own, or its cluster's. */
    private static String shaOf(Commissioner c, Map<String, Commissioner> byId) {
        if (c.sha() != null) return c.sha();
        Commissioner cluster = c.cluster() == null ? null : byId.get(c.cluster());
        return cluster == null ? null : cluster.sha();
    }

    /** The register diagnostics about a commissioner's file, worded for a reader. */
    static List<ShaReturn.Finding> findings(Commissioner c, List<Diagnostic> diagnostics, RuleCatalog rules) {
        String suffix = "local/" + c.id() + "/commissioner.yaml";
        return diagnostics.stream()
                .filter(d -> d.ruleId().startsWith("register."))
                .filter(d -> d.file().equals(suffix) || d.file().endsWith("/" + suffix))
                .map(d -> new ShaReturn.Finding(d.ruleId(), d.severity().label(), rules.rule(d.ruleId()).summary(),
                        sentence(d.message()), serviceLine(c, d.pointer())))
                .toList();
    }

    /** The service line of the decision a pointer is in, e.g. {@code /decisions/2/date}; else null. */
    private static String serviceLine(Commissioner c, String pointer) {
        Matcher m = DECISION.matcher(pointer == null ? "" : pointer);
        if (!m.matches()) return null;
        int i = Integer.parseInt(m.group(1));
        return i < c.decisions().size() ? c.decisions().get(i).serviceLine() : null;
    }

    private static String sentence(String message) {
        if (message.isEmpty()) return message;
        String first = message.substring(0, 1).toUpperCase(Locale.UK) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
