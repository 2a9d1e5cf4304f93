package uk.nhs.aqp.core.site;

import java.util.List;

/** One kind of page of the website (the home page, a national pack, the rules, ...). */
public interface PageKind {

    /** The pages of this kind that the model calls for; none is fine. */
    List<Page> pages(SiteModel site);
}
