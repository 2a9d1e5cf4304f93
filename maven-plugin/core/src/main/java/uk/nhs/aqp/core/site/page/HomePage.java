package uk.nhs.aqp.core.site.page;

import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/** The home page: every service line with its status, version, lead region and local adoptions. */
final class HomePage implements PageKind {

    /** One service line on the home page. */
    public record Row(Pack pack, int adoptions) {
    }

    @Override
    public List<Page> pages(SiteModel site) {
        List<Row> rows = site.national().stream().map(p -> new Row(p, site.adoptions(p.id()).size())).toList();
        Map<String, Object> data = Map.of("rows", rows, "commissioners", site.adopters().size(),
                "localPacks", site.local().size(), "data", site.downloads().allData());
        Object fingerprint = List.of(rows.stream().map(r -> List.of(r.pack().manifest(), r.adoptions())).toList(),
                data.get("commissioners"), data.get("localPacks"), data.get("data"));
        return List.of(new Page(SiteLinks.HOME, "home.ftlh", "AQP implementation packs", "home", List.of(), data,
                true, fingerprint));
    }
}
