package uk.nhs.aqp.core.site;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.publish.Content;
import uk.nhs.aqp.core.publish.LargestFirst;
import uk.nhs.aqp.core.source.Origin;

/**
 * Checks every internal link and anchor of the built site before it is written: each
 * {@code href}, {@code src} and {@code srcset} address of each HTML file must name a file of the
 * site (a folder means its {@code index.html}) and, with a {@code #fragment}, an element with that
 * id. Links must be relative, so the site works from any path. Addresses with a scheme
 * ({@code https:}, {@code mailto:}) are not followed. Reports {@code site.broken-link},
 * {@code site.broken-anchor} and {@code site.absolute-link} at the page, line and column of the
 * link's value.
 *
 * <p>Each page's attributes are read as a browser's tokenizer reads them ({@link HtmlAttributes}),
 * so only real attributes count: text that quotes {@code href="..."}, in a paragraph, a code block
 * or a script, is not a link. Pages are read in parallel, the largest first, and checked in order,
 * so the report does not depend on the number of cores; a link's line and column are counted only
 * when it is reported.
 */
final class LinkChecker {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src");

    /** What was checked. */
    record Result(int pages, int links) {
    }

    private final Map<String, Content> files;
    /** The site's paths, for lookups that do not compare long common prefixes again and again. */
    private final Set<String> paths;
    private final Function<String, String> display;
    private final Map<String, HtmlAttributes.Found> parsed = new HashMap<>();

    private LinkChecker(Map<String, Content> files, Function<String, String> display) {
        this.files = files;
        this.paths = new HashSet<>(files.keySet());
        this.display = display;
    }

    /**
     * Checks the links of every HTML file in {@code files} (site path to content).
     *
     * @param display turns a site path into the path printed in diagnostics
     */
    static Result check(Map<String, Content> files, Function<String, String> display, DiagnosticSink sink) {
        return new LinkChecker(files, display).run(sink);
    }

    private Result run(DiagnosticSink sink) {
        int pages = 0;
        int links = 0;
        List<String> all = files.keySet().stream().filter(LinkChecker::html).sorted().toList();
        List<HtmlAttributes.Found> read = LargestFirst.map(all, p -> files.get(p).size(),
                p -> HtmlAttributes.read(files.get(p).bytes()));
        for (int i = 0; i < all.size(); i++) {
            parsed.put(all.get(i), read.get(i));
        }
        for (String page : all) {
            pages++;
            List<HtmlAttributes.Link> found = parsed(page).links();
            for (int i = 0; i < found.size(); i++) {
                links++;
                int index = i;
                checkLink(page, found.get(i).address().strip(), () -> origin(page, found.get(index)), sink);
            }
        }
        return new Result(pages, links);
    }

    /** Where a link of the page is: its line and column, counted only for a link reported. */
    private Origin origin(String page, HtmlAttributes.Link link) {
        int[] at = HtmlAttributes.lineAndColumn(files.get(page).bytes(), link);
        return new Origin(display.apply(page), at[0], at[1], "");
    }

    private void checkLink(String page, String link, Supplier<Origin> at, DiagnosticSink sink) {
        if (SCHEME.matcher(link).find() || link.startsWith("//")) {
            return;
        }
        if (link.startsWith("/")) {
            sink.report("site.absolute-link", at.get(), page, link);
            return;
        }
        int hash = link.indexOf('#');
        String fragment = hash < 0 ? "" : UrlPaths.decode(link.substring(hash + 1));
        String path = hash < 0 ? link : link.substring(0, hash);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        String target = path.isEmpty() ? page : resolve(page, path);
        if (target == null) {
            sink.report("site.broken-link", at.get(), page, link, "it leads outside the site");
            return;
        }
        if (!paths.contains(target) && paths.contains(target + "/index.html")) {
            target = target + "/index.html";
        }
        if (!paths.contains(target)) {
            sink.report("site.broken-link", at.get(), page, link, "the site has no " + target);
        } else if (!fragment.isEmpty() && html(target) && !parsed(target).ids().contains(fragment)) {
            sink.report("site.broken-anchor", at.get(), page, link, target, fragment);
        }
    }

    /** The site path a relative link leads to from a page, or null if it leads outside. */
    private static String resolve(String page, String path) {
        Deque<String> segments = new ArrayDeque<>(Arrays.asList(page.split("/")));
        segments.removeLast();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("..")) {
                if (segments.isEmpty()) return null;
                segments.removeLast();
            } else if (part.isEmpty() && i == parts.length - 1) {
                segments.addLast("index.html");
            } else if (!part.equals(".") && !part.isEmpty()) {
                segments.addLast(UrlPaths.decode(part));
            }
        }
        return String.join("/", segments);
    }

    private HtmlAttributes.Found parsed(String page) {
        return parsed.computeIfAbsent(page, p -> HtmlAttributes.read(files.get(p).bytes()));
    }

    private static boolean html(String path) {
        return path.endsWith(".html") || path.endsWith(".htm");
    }
}
