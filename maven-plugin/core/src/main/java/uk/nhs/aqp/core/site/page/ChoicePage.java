package uk.nhs.aqp.core.site.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.directory.ChoiceDirectory;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.site.Downloads;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/**
 * A patient choice directory ({@code choose/<commissioner>/<pack-id>/}): the providers a
 * commissioner has qualified for a service line, their offers side by side in one table and each on
 * its own, how to ask the GP for a referral, and the leaflet of the same when the documents stage
 * made one. Plain HTML: it needs no script and reads at 375 px.
 */
final class ChoicePage implements PageKind {

    /** The leaflet's file name, beside the local pack's documents. */
    static final String LEAFLET = "choice-leaflet";

    @Override
    public List<Page> pages(SiteModel site) {
        List<Page> pages = new ArrayList<>();
        for (ChoiceDirectory d : site.directories()) {
            Pack pack = site.local().stream().filter(p -> p.key().equals(d.packKey())).findFirst().orElse(null);
            if (pack == null) continue;
            List<Downloads.File> leaflet = site.downloads().documents(pack).stream()
                    .filter(f -> f.href().endsWith("/" + LEAFLET + ".pdf")).toList();
            Map<String, Object> data = new HashMap<>(Map.of("directory", d, "pack", pack, "leaflet", leaflet));
            String title = "Choose where to go: " + pack.manifest().shortTitle();
            pages.add(new Page(SiteLinks.standard().directory(d.commissioner(), d.packId()), "choose.ftlh", title,
                    "adoption", List.of(PageKinds.HOME, new Page.Crumb("AQP map", SiteLinks.ADOPTION),
                            new Page.Crumb(d.commissionerName(), SiteLinks.standard().commissioner(d.commissioner()))),
                    data, true, List.of(d, pack.manifest(), leaflet)));
        }
        return pages;
    }
}
