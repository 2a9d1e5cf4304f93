package uk.nhs.aqp.core.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.compare.LineComparison;
import uk.nhs.aqp.core.compare.LocalVersionComparer;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * Where local versions differ: one page per national pack with local versions, every
 * commissioner's figures beside the national ones, group by group (prices, age bounds, referral
 * routes, waits, KPI targets), with the spread and the commissioners that differ most marked.
 */
final class ComparisonPage implements PageKind {

    @Override
    public List<Page> pages(SiteModel site) {
        List<Page> pages = new ArrayList<>();
        for (LineComparison c : new LocalVersionComparer(Vocabulary.standard()).compareAll(site.national(), site.local())) {
            List<String> groups = LocalVersionComparer.GROUPS.stream().filter(g -> !c.group(g).isEmpty()).toList();
            Map<String, Object> data = Map.of("comparison", c, "pack", c.national(), "groups", groups,
                    "documents", site.downloads().documents(c.national()).stream()
                            .filter(f -> f.href().contains("/local-versions.")).toList());
            Object fingerprint = List.of(c.national().manifest(), c.versions(), c.figures(), data.get("documents"));
            pages.add(new Page(SiteLinks.standard().comparison(c.national().id()), "comparison.ftlh",
                    "Local versions compared: " + c.national().manifest().shortTitle(), "adoption",
                    List.of(PageKinds.HOME, new Page.Crumb("AQP map", SiteLinks.ADOPTION)), data, true, fingerprint));
        }
        return pages;
    }
}
