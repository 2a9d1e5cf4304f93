package uk.nhs.aqp.core.site.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.diagnostic.Rule;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/** Every rule the toolkit can report, by family, with what it means and how to fix it. */
final class RulesPage implements PageKind {

    /** The rules that share a prefix, e.g. {@code schema}. */
    public record Family(String name, List<Rule> rules) {
    }

    @Override
    public List<Page> pages(SiteModel site) {
        Map<String, List<Rule>> byFamily = new LinkedHashMap<>();
        site.rules().forEach(r -> byFamily.computeIfAbsent(r.family(), k -> new ArrayList<>()).add(r));
        List<Family> families = byFamily.entrySet().stream().map(e -> new Family(e.getKey(), e.getValue())).toList();
        Map<String, Object> data = Map.of("families", families, "count", site.rules().size());
        return List.of(new Page(SiteLinks.RULES, "rules.ftlh", "Rules the packs are checked against", "rules",
                List.of(PageKinds.HOME), data, true, data));
    }
}
