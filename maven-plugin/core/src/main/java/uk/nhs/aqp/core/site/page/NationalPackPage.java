package uk.nhs.aqp.core.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/**
 * A national pack: summary, every product, downloads, version history, and the commissioners
 * that adapted it.
 */
final class NationalPackPage implements PageKind {

    /** A commissioner's adaptation of the pack, as the pack page lists it. */
    public record Adoption(Pack pack, Commissioner commissioner, int variations) {
        static Adoption of(Pack local) {
            return new Adoption(local, local.local().get().commissioner(), local.local().get().variations().size());
        }
    }

    @Override
    public List<Page> pages(SiteModel site) {
        List<Page> pages = new ArrayList<>();
        for (Pack pack : site.national()) {
            List<Pack> adoptions = site.adoptions(pack.id());
            Map<String, Object> data = Map.of("pack", pack, "adoptions", adoptions.stream().map(Adoption::of).toList(),
                    "documents", site.downloads().documents(pack), "packData", site.downloads().packData(pack),
                    "allData", site.downloads().allData());
            Object fingerprint = List.of(PackContent.of(pack),
                    adoptions.stream().map(a -> List.of(a.key(), a.local().get().commissioner(),
                            a.local().get().variations().size())).toList(),
                    data.get("documents"), data.get("packData"), data.get("allData"));
            pages.add(new Page(SiteLinks.standard().pack(pack), "national.ftlh", pack.manifest().shortTitle(), "home",
                    List.of(PageKinds.HOME), data, true, fingerprint));
        }
        return pages;
    }
}
