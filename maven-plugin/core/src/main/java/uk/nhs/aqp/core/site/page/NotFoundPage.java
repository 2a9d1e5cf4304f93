package uk.nhs.aqp.core.site.page;

import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/** The page a server shows for an address the site does not have. */
final class NotFoundPage implements PageKind {

    @Override
    public List<Page> pages(SiteModel site) {
        return List.of(new Page(SiteLinks.NOT_FOUND, "404.ftlh", "Page not found", "", List.of(), Map.of(), false, "404"));
    }
}
