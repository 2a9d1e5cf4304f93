package uk.nhs.aqp.core.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.nhs.aqp.core.diagnostic.RuleCatalog;
import uk.nhs.aqp.core.register.ShaReturn;
import uk.nhs.aqp.core.register.ShaReturns;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/**
 * An SHA's return: for each commissioner under it, its choices with their dates, alternative local
 * services with their assessment, and the programme rules it breaks in words; with the return as
 * CSV and workbook from the bundle, when the site has it.
 */
final class ShaReturnPage implements PageKind {

    @Override
    public List<Page> pages(SiteModel site) {
        List<Page> pages = new ArrayList<>();
        for (ShaReturn r : ShaReturns.of(site.commissioners(), site.diagnostics(), RuleCatalog.standard())) {
            String id = r.sha().id();
            List<Object> files = Stream.concat(
                    site.downloads().data("returns/" + id + ".csv", "The return as a table").stream(),
                    site.downloads().data("returns/" + id + "-workbook.xlsx", "The return as a spreadsheet").stream())
                    .map(f -> (Object) f).toList();
            Map<String, Object> data = Map.of("shaReturn", r, "files", files);
            pages.add(new Page(SiteLinks.standard().shaReturn(id), "sha-return.ftlh", "Return of " + r.sha().name(),
                    "adoption", List.of(PageKinds.HOME, new Page.Crumb("AQP map", SiteLinks.ADOPTION),
                            new Page.Crumb(r.sha().name(), SiteLinks.standard().commissioner(id))),
                    data, true, List.of(r, files)));
        }
        return pages;
    }
}
