package uk.nhs.aqp.core.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the link check needs of one HTML page once it has read it: how many links it has, and the
 * links it cannot settle from the page alone. A link with a scheme ({@code https:}) is never
 * followed, and a link to the page itself with no fragment or with a fragment the page has an id
 * for is answered by the page; every other link (to another file, to an anchor the page lacks,
 * from the server root) is kept, with where it is, to be checked against the whole site.
 *
 * <p>So a page is read once, when it is made or when a copied file changes, and what the check
 * keeps of a thousand-page document is a link or two, not its bytes.
 *
 * @param links how many links the page has, all of them
 * @param open the links left to check against the site, in page order
 */
record PageLinks(int links, List<HtmlAttributes.Link> open) {

    PageLinks {
        Objects.requireNonNull(open, "open");
        open = List.copyOf(open);
    }

    /** Reads the page {@code page} (its site path) from its bytes. */
    static PageLinks read(String page, byte[] bytes) {
        HtmlAttributes.Found found = HtmlAttributes.read(bytes);
        List<HtmlAttributes.Link> open = new ArrayList<>();
        for (HtmlAttributes.Link link : found.links()) {
            if (!answeredOnThePage(page, link.address(), found.ids())) {
                open.add(link);
            }
        }
        return new PageLinks(found.links().size(), open);
    }

    /** True for a link that is never followed, or that leads to the page itself and finds what it names there. */
    private static boolean answeredOnThePage(String page, String address, Set<String> ids) {
        LinkChecker.Address link = LinkChecker.Address.parse(address);
        if (link.external()) {
            return true;
        }
        if (link.fromRoot() || !(link.path().isEmpty() || page.equals(LinkChecker.resolve(page, link.path())))) {
            return false;
        }
        return link.fragment().isEmpty() || ids.contains(link.fragment());
    }
}
