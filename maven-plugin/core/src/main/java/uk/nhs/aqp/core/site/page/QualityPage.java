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
 * each pack's figures are illustrative, and how many problems each national pack and each
 * commissioner has. Every diagnostic, warnings included, with where and which rule, is on the
 * quality page of its national pack or its commissioner ({@code quality/packs/<id>/},
 * {@code quality/commissioners/<id>/}), so no page grows with the whole programme: a thousand local
 * packs with eight warnings each made one page of 11 MB.
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

    /**
     * The problems of one national pack or one commissioner (its local packs and its own files),
     * shown on a quality page of their own.
     *
     * @param title the national pack's or the commissioner's name
     * @param href that group's quality page
     * @param about the pack's or the commissioner's own page
     */
    public record Group(String title, String href, String about, long errors, long warnings, long infos,
            List<Problem> problems) {
    }

    /** Which group a problem belongs to: a national pack folder or a commissioner. */
    private record Owner(String key, String title, String href, String about) {
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
        Map<Owner, List<Problem>> owned = new TreeMap<>(Comparator.comparing(Owner::key));
        List<Problem> others = new ArrayList<>();
        problems(site, owned, others);
        List<Group> groups = owned.entrySet().stream()
                .map(e -> group(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Group::errors).reversed()
                        .thenComparing(Comparator.comparingLong(Group::warnings).reversed())
                        .thenComparing(Group::title))
                .toList();
        data.put("groups", groups);
        data.put("problems", others);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(SiteLinks.QUALITY, "quality.ftlh", "Quality report", "quality",
                List.of(PageKinds.HOME), data, true, data));
        for (Group g : groups) {
            Map<String, Object> own = Map.of("group", g);
            pages.add(new Page(g.href(), "quality-group.ftlh", "Quality: " + g.title(), "quality",
                    List.of(PageKinds.HOME, new Page.Crumb("Quality report", SiteLinks.QUALITY)), own, true, own));
        }
        return pages;
    }

    private static Group group(Owner owner, List<Problem> problems) {
        List<Diagnostic> ds = problems.stream().map(Problem::diagnostic).toList();
        return new Group(owner.title(), owner.href(), owner.about(), count(ds, Severity.ERROR),
                count(ds, Severity.WARNING), count(ds, Severity.INFO), List.copyOf(problems));
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

    /**
     * Each diagnostic with the page of the pack or commissioner whose file it is about, under the
     * national pack or commissioner it belongs to ({@code owned}), or in {@code others}.
     */
    private static void problems(SiteModel site, Map<Owner, List<Problem>> owned, List<Problem> others) {
        SiteLinks links = SiteLinks.standard();
        Map<String, Problem> pages = new HashMap<>();
        Map<String, Owner> owners = new HashMap<>();
        for (Pack p : site.national()) {
            String key = "national/" + p.sources().folderName();
            pages.put(key, new Problem(null, links.pack(p), title(p)));
            owners.put(key, new Owner(key, p.manifest().shortTitle() + " (national pack)",
                    "quality/packs/" + p.id() + "/index.html", links.pack(p)));
        }
        for (Pack p : site.local()) {
            pages.put("local/" + p.local().get().commissioner().id() + "/" + p.local().get().basePack(),
                    new Problem(null, links.pack(p), title(p)));
        }
        site.commissioners().forEach(c -> {
            String key = "local/" + c.id();
            pages.put(key, new Problem(null, links.commissioner(c.id()), c.name()));
            owners.put(key, new Owner(key, c.name(), "quality/commissioners/" + c.id() + "/index.html",
                    links.commissioner(c.id())));
        });
        for (Diagnostic d : site.diagnostics()) {
            Problem page = null;
            Owner owner = null;
            String[] parts = d.file().replace('\\', '/').split("/");
            for (int i = 0; i < parts.length - 1 && page == null; i++) {
                if (parts[i].equals("national") || parts[i].equals("local")) {
                    String key = parts[i] + "/" + parts[i + 1];
                    page = i + 2 < parts.length - 1 ? pages.get(key + "/" + parts[i + 2]) : null;
                    page = page == null ? pages.get(key) : page;
                    owner = owners.get(key);
                }
            }
            Problem problem = new Problem(d, page == null ? "" : page.page(), page == null ? "" : page.pageTitle());
            if (owner != null) {
                owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(problem);
            } else {
                others.add(problem);
            }
        }
    }

    private static String title(Pack p) {
        return p.manifest().shortTitle() + p.local().map(l -> ": " + l.commissioner().name()).orElse("");
    }
}
