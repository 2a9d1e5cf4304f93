package uk.nhs.aqp.core.site.page;

import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/**
 * The AQP map: every commissioner's decision on each service line, grouped by SHA and cluster, as
 * a picture (an inline SVG grid with its text alternative and legend) and as a table that says the
 * same in words, each cell linking to the local pack; and a link to the comparison of the local
 * versions of each service line that has them.
 */
final class AdoptionPage implements PageKind {

    @Override
    public List<Page> pages(SiteModel site) {
        MapGrid grid = MapGrid.of(site);
        List<Pack> compared = site.national().stream().filter(p -> !site.adoptions(p.id()).isEmpty()).toList();
        Object fingerprint = List.of(grid.columns().stream().map(c -> List.of(c.serviceLine(),
                        c.national() == null ? "" : c.national().manifest(), c.chosen(), c.localPacks())).toList(),
                grid.groups().stream().map(g -> List.of(g.sha() == null ? "" : g.sha(), g.rows().stream()
                        .map(r -> List.of(r.commissioner(), r.problems(), r.cells().stream().map(c -> List.of(
                                c.status(), c.local() == null ? "" : c.local().key(), c.variations())).toList()))
                        .toList())).toList());
        return List.of(new Page(SiteLinks.ADOPTION, "adoption.ftlh", "AQP map: who chose which service lines",
                "adoption", List.of(PageKinds.HOME), Map.of("grid", grid, "statuses", List.of(MapStatus.values()),
                        "comparisons", compared),
                true, List.of(fingerprint, compared.stream().map(p -> List.of(p.id(), p.manifest().shortTitle())).toList())));
    }
}
