package uk.nhs.aqp.core.site.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SearchIndex;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/**
 * The search page: results made in the browser from the search index, and, for browsers without
 * JavaScript, every service line, local pack and commissioner A to Z.
 */
final class SearchPage implements PageKind {

    /** The entries under one letter. */
    public record Letter(String letter, List<SearchIndex.Entry> entries) {
    }

    @Override
    public List<Page> pages(SiteModel site) {
        Map<String, List<SearchIndex.Entry>> byLetter = new LinkedHashMap<>();
        for (SearchIndex.Entry e : SearchIndex.alphabetical(site)) {
            char first = e.title().isEmpty() ? '#' : Character.toUpperCase(e.title().charAt(0));
            String letter = first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
            byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(e);
        }
        List<Letter> letters = byLetter.entrySet().stream().map(e -> new Letter(e.getKey(), e.getValue())).toList();
        Map<String, Object> data = Map.of("letters", letters, "index", SiteLinks.SEARCH_INDEX);
        return List.of(new Page(SiteLinks.SEARCH, "search.ftlh", "Search the packs", "search",
                List.of(PageKinds.HOME), data, true, data));
    }
}
