package uk.nhs.aqp.core.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.model.Evidence;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.PartialPack;
import uk.nhs.aqp.core.rules.EvidenceMark;
import uk.nhs.aqp.core.rules.EvidenceMarks;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/**
 * The build's quality report, for the people who keep the packs: what the site was built from, the
 * counts, the problems by rule, the local packs the national pack has moved on under, how many of
 * each pack's figures are illustrative, and every diagnostic, warnings included, with where and
 * which rule.
 */
final class QualityPage implements PageKind {

    /** One rule's diagnostics in this build. */
    public record RuleCount(String ruleId, String severity, long count) {
    }

    /**
     * A pack's figures (prices, KPI targets, ages, waits) and how many are marked illustrative.
     *
     * @param title the pack's title, with the commissioner for a local pack
     */
    public record FigureCount(String title, String href, long figures, long illustrative) {
    }

    /** A diagnostic with the site page it is about, where the site has one ({@code page} empty otherwise). */
    public record Problem(Diagnostic diagnostic, String page, String pageTitle) {
    }

    /** A local pack with values the national pack has changed since it was written. */
    public record Drift(String title, String href, long values) {
    }

    @Override
    public List<Page> pages(SiteModel site) {
        List<Diagnostic> all = site.diagnostics();
        Map<String, Object> data = new HashMap<>(Map.of("diagnostics", all,
                "errors", count(all, Severity.ERROR), "warnings", count(all, Severity.WARNING),
                "infos", count(all, Severity.INFO), "national", site.national().size(), "local", site.local().size()));
        data.put("builtFrom", site.builtFrom().orElse(""));
        data.put("byRule", byRule(all));
        data.put("figures", figures(site));
        data.put("drift", drift(site));
        data.put("problems", problems(site));
        return List.of(new Page(SiteLinks.QUALITY, "quality.ftlh", "Quality report", "quality",
                List.of(PageKinds.HOME), data, true, data));
    }

    private static long count(List<Diagnostic> all, Severity severity) {
        return all.stream().filter(d -> d.severity() == severity).count();
    }

    /** Most frequent first, then by rule id. */
    private static List<RuleCount> byRule(List<Diagnostic> all) {
        Map<String, List<Diagnostic>> grouped = new TreeMap<>();
        all.forEach(d -> grouped.computeIfAbsent(d.ruleId(), k -> new ArrayList<>()).add(d));
        return grouped.entrySet().stream()
                .map(e -> new RuleCount(e.getKey(), e.getValue().get(0).severity().label(), e.getValue().size()))
                .sorted(Comparator.comparingLong(RuleCount::count).reversed().thenComparing(RuleCount::ruleId))
                .toList();
    }

    private static List<FigureCount> figures(SiteModel site) {
        SiteLinks links = SiteLinks.standard();
        return Stream.concat(site.national().stream(), site.local().stream()).map(p -> {
            List<EvidenceMark> marks = EvidenceMarks.figures(PartialPack.of(p));
            long illustrative = marks.stream()
                    .filter(m -> m.evidence() != null && Evidence.ILLUSTRATIVE.equals(m.evidence().basis())).count();
            return new FigureCount(title(p), links.pack(p), marks.size(), illustrative);
        }).toList();
    }

    private static List<Drift> drift(SiteModel site) {
        SiteLinks links = SiteLinks.standard();
        List<Drift> out = new ArrayList<>();
        for (Pack p : site.local()) {
            long moved = p.local().get().variations().stream().filter(v -> v.changedNationally().isPresent()).count();
            if (moved > 0) {
                out.add(new Drift(title(p), links.pack(p), moved));
            }
        }
        return out;
    }

    /** Each diagnostic with the page of the pack or commissioner whose file it is about. */
    private static List<Problem> problems(SiteModel site) {
        SiteLinks links = SiteLinks.standard();
        Map<String, Problem> pages = new HashMap<>();
        for (Pack p : site.national()) {
            pages.put("national/" + p.sources().folderName(), new Problem(null, links.pack(p), title(p)));
        }
        for (Pack p : site.local()) {
            pages.put("local/" + p.local().get().commissioner().id() + "/" + p.local().get().basePack(),
                    new Problem(null, links.pack(p), title(p)));
        }
        site.commissioners().forEach(c -> pages.put("local/" + c.id(), new Problem(null,
                links.commissioner(c.id()), c.name())));
        List<Problem> out = new ArrayList<>();
        for (Diagnostic d : site.diagnostics()) {
            Problem page = null;
            String[] parts = d.file().replace('\\', '/').split("/");
            for (int i = 0; i < parts.length - 1 && page == null; i++) {
                if (parts[i].equals("national") || parts[i].equals("local")) {
                    String key = parts[i] + "/" + parts[i + 1];
                    page = i + 2 < parts.length - 1 ? pages.get(key + "/" + parts[i + 2]) : null;
                    page = page == null ? pages.get(key) : page;
                }
            }
            out.add(new Problem(d, page == null ? "" : page.page(), page == null ? "" : page.pageTitle()));
        }
        return out;
    }

    private static String title(Pack p) {
        return p.manifest().shortTitle() + p.local().map(l -> ": " + l.commissioner().name()).orElse("");
    }
}
