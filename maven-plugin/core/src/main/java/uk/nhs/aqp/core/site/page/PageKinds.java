package uk.nhs.aqp.core.site.page;

import java.util.List;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;

/** Every page kind of the website. A new kind of page is a new class added here. */
public final class PageKinds {

    private PageKinds() {
    }

    public static List<PageKind> all() {
        return List.of(new HomePage(), new NationalPackPage(), new LocalPackPage(), new AdoptionPage(),
                new CommissionerPage(), new ChoicePage(), new ComparisonPage(), new ShaReturnPage(), new RulesPage(), new QualityPage(),
                new SearchPage(), new NotFoundPage());
    }

    static final Page.Crumb HOME = new Page.Crumb("Home", "index.html");
}
