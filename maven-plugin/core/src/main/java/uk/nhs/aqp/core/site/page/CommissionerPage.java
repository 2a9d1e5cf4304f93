package uk.nhs.aqp.core.site.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.site.Downloads;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/**
 * A commissioner's page: its place in the register (kind, SHA, cluster, localities, the members of
 * an SHA or cluster), the programme rules it breaks, its decision on each service line with the
 * stocktake behind it, and its local packs; an SHA's page links its return.
 */
final class CommissionerPage implements PageKind {

    /** One of its local packs and how many variations it makes. */
    public record LocalPack(Pack pack, int variations) {
    }

    /** A page linked by name. */
    public record Named(String name, String href) {
    }

    /**
     * A joint arrangement the commissioner leads or belongs to.
     *
     * @param leads true for the lead, false for a member
     * @param service the service line's title
     * @param arrangement the arrangement's local pack (the lead's)
     * @param lead the lead commissioner
     * @param members the member commissioners
     */
    public record JointRole(boolean leads, String service, Named arrangement, Named lead, List<Named> members) {
    }

    @Override
    public List<Page> pages(SiteModel site) {
        MapGrid grid = MapGrid.of(site);
        List<Page> pages = new ArrayList<>();
        for (Commissioner c : site.commissioners()) {
            Optional<MapGrid.Row> row = grid.groups().stream().flatMap(g -> g.rows().stream())
                    .filter(r -> r.commissioner().id().equals(c.id())).findFirst();
            List<Commissioner> members = site.commissioners().stream()
                    .filter(m -> c.id().equals(m.sha()) || c.id().equals(m.cluster())).toList();
            List<Pack> packs = site.adoptionsBy(c.id());
            List<Diagnostic> problems = site.registerProblems(c);
            Map<String, Object> data = new HashMap<>(Map.of("commissioner", c, "members", members, "packs",
                    packs.stream().map(p -> new LocalPack(p, p.local().get().variations().size())).toList(),
                    "problems", problems));
            row.ifPresent(r -> data.put("cells", r.cells()));
            List<JointRole> joints = joints(c, packs, site);
            data.put("joints", joints);
            List<Downloads.File> returnFiles = "sha".equals(c.kind()) ? java.util.stream.Stream.concat(
                    site.downloads().data("returns/" + c.id() + ".csv", "CSV").stream(),
                    site.downloads().data("returns/" + c.id() + "-workbook.xlsx", "XLSX").stream()).toList() : List.of();
            data.put("returnFiles", returnFiles);
            data.put("directories", site.directoriesOf(c.id()));
            site.commissioner(nullToEmpty(c.sha())).ifPresent(s -> data.put("sha", s));
            site.commissioner(nullToEmpty(c.cluster())).ifPresent(s -> data.put("cluster", s));
            Object fingerprint = List.of(c, members, packs.stream().map(p -> List.of(p.key(), p.manifest(),
                    p.local().get().variations().size())).toList(), problems, returnFiles, joints,
                    site.directoriesOf(c.id()));
            pages.add(new Page(SiteLinks.standard().commissioner(c.id()), "commissioner.ftlh", c.name(), "adoption",
                    List.of(PageKinds.HOME, new Page.Crumb("AQP map", SiteLinks.ADOPTION)), data, true, fingerprint));
        }
        return pages;
    }

    /** The joint arrangements among the commissioner's local packs, as lead or as member. */
    private static List<JointRole> joints(Commissioner c, List<Pack> packs, SiteModel site) {
        SiteLinks links = SiteLinks.standard();
        List<JointRole> out = new ArrayList<>();
        for (Pack p : packs) {
            LocalAdaptation.Joint joint = p.local().get().joint();
            if (joint == null) continue;
            Named lead = new Named(joint.leadName(), links.commissioner(joint.lead()));
            Named arrangement = new Named(p.manifest().shortTitle() + ": " + joint.leadName(),
                    "local/" + joint.lead() + "/" + joint.packFolder() + "/index.html");
            List<Named> members = joint.members().stream().map(id -> new Named(
                    site.commissioner(id).map(Commissioner::name).orElse(id), links.commissioner(id))).toList();
            out.add(new JointRole(joint.lead().equals(c.id()), p.manifest().shortTitle(), arrangement, lead, members));
        }
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
