package uk.nhs.aqp.core.site;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page to make: where it goes, which template makes it, its title and breadcrumbs, and the
 * finished values the template shows.
 *
 * @param path the file, from the site root, e.g. {@code packs/adult-hearing/index.html}
 * @param template the template under {@code templates/site/}, e.g. {@code national.ftlh}
 * @param title the page title (also the last breadcrumb)
 * @param section the header navigation item the page belongs to
 * @param breadcrumbs the way from the home page, not including this page
 * @param data the values the template reads, by name
 * @param listed whether the page is in the sitemap
 * @param fingerprint equal for two builds when the page would come out the same, so it is not
 *     made again; null to make it every time
 */
public record Page(String path, String template, String title, String section, List<Crumb> breadcrumbs,
        Map<String, Object> data, boolean listed, Object fingerprint) {

    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(title, "title");
        breadcrumbs = List.copyOf(breadcrumbs);
        data = Map.copyOf(data);
    }

    /** One step of the breadcrumbs: a title and a path from the site root. */
    public record Crumb(String title, String href) {
    }

    /** The way from this page back up to the site root. */
    public String root() {
        return SiteLinks.root(path);
    }
}
