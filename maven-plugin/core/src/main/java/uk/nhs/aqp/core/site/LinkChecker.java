package uk.nhs.aqp.core.site;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * or a script, is not a link. Pages are read and checked in parallel, the largest first, and what
 * each reports is gathered in page order, so the report does not depend on the number of cores; a
 * link's line and column are counted only when it is reported. What the check needs of a page is
 * kept ({@link PageLinks}), not the page, so memory does not grow with the number of pages; pages
 * made by this build were read as they were made, and copied files that did not change since an
 * earlier build read them are not read again ({@link LinkMemo}).
 */
final class LinkChecker {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** What was checked. */
    record Result(int pages, int links) {
    }

    private final Map<String, Content> files;
    /** The site's paths, for lookups that do not compare long common prefixes again and again. */
    private final Set<String> paths;
    private final Map<String, PageLinks> made;
    private final LinkMemo memo;
    private final Function<String, String> display;

    private LinkChecker(Map<String, Content> files, Map<String, PageLinks> made, LinkMemo memo,
            Function<String, String> display) {
        this.files = files;
        this.paths = new HashSet<>(files.keySet());
        this.made = made;
        this.memo = memo;
        this.display = display;
    }

    /**
     * Checks the links of every HTML file in {@code files} (site path to content), reading each.
     *
     * @param display turns a site path into the path printed in diagnostics
     */
    static Result check(Map<String, Content> files, Function<String, String> display, DiagnosticSink sink) {
        return check(files, Map.of(), LinkMemo.empty(), display, sink);
    }

    /**
     * Checks the links of every HTML file in {@code files}, taking the links of a page from
     * {@code made} (pages read as they were made) or {@code memo} (copied files an earlier build
     * read) where they are there, and reading the others.
     */
    static Result check(Map<String, Content> files, Map<String, PageLinks> made, LinkMemo memo,
            Function<String, String> display, DiagnosticSink sink) {
        return new LinkChecker(files, made, memo, display).run(sink);
    }

    /** One page checked: how many links it has, what it reported, and its anchors on other pages, checked last. */
    private record PageCheck(int links, DiagnosticSink reported, List<Elsewhere> elsewhere) {
    }

    /** A link to an anchor on another page of the site. */
    private record Elsewhere(String page, HtmlAttributes.Link link, String address, String target, String fragment) {
    }

    private Result run(DiagnosticSink sink) {
        List<String> all = files.keySet().stream().filter(LinkChecker::html).sorted().toList();
        // each page is read once (or not at all: made or remembered), checked and let go, so memory
        // does not grow with the pages; only the few pages that links on other pages name an anchor
        // of are read a second time, for their ids
        List<PageCheck> checked = LargestFirst.map(all, p -> made.containsKey(p) ? 0 : files.get(p).size(),
                p -> checkPage(p, sink.part()));
        int links = 0;
        for (PageCheck page : checked) {
            links += page.links();
            sink.addAll(page.reported());
        }
        Map<String, Set<String>> ids = new HashMap<>();
        for (PageCheck page : checked) {
            for (Elsewhere e : page.elsewhere()) {
                Set<String> there = ids.computeIfAbsent(e.target(), t -> HtmlAttributes.read(files.get(t).bytes()).ids());
                if (!there.contains(e.fragment())) {
                    sink.report("site.broken-anchor", origin(e.page(), e.link()), e.page(), e.address(), e.target(),
                            e.fragment());
                }
            }
        }
        return new Result(all.size(), links);
    }

    private PageCheck checkPage(String page, DiagnosticSink sink) {
        PageLinks found = made.get(page);
        if (found == null) {
            found = memo.links(page, files.get(page));
        }
        List<Elsewhere> elsewhere = new ArrayList<>();
        for (HtmlAttributes.Link link : found.open()) {
            checkLink(page, link, () -> origin(page, link), elsewhere, sink);
        }
        return new PageCheck(found.links(), sink, elsewhere);
    }

    /** Where a link of the page is: its line and column, counted only for a link reported (the page is read again). */
    private Origin origin(String page, HtmlAttributes.Link link) {
        int[] at = HtmlAttributes.lineAndColumn(files.get(page).bytes(), link);
        return new Origin(display.apply(page), at[0], at[1], "");
    }

    private void checkLink(String page, HtmlAttributes.Link found, Supplier<Origin> at, List<Elsewhere> elsewhere,
            DiagnosticSink sink) {
        Address link = Address.parse(found.address());
        if (link.external()) {
            return;
        }
        if (link.fromRoot()) {
            sink.report("site.absolute-link", at.get(), page, link.text());
            return;
        }
        String target = link.path().isEmpty() ? page : resolve(page, link.path());
        if (target == null) {
            sink.report("site.broken-link", at.get(), page, link.text(), "it leads outside the site");
            return;
        }
        if (!paths.contains(target) && paths.contains(target + "/index.html")) {
            target = target + "/index.html";
        }
        if (!paths.contains(target)) {
            sink.report("site.broken-link", at.get(), page, link.text(), "the site has no " + target);
        } else if (!link.fragment().isEmpty() && html(target)) {
            if (!target.equals(page)) {
                elsewhere.add(new Elsewhere(page, found, link.text(), target, link.fragment()));
            } else {
                // a link to the page itself that the page did not answer: it has no such id
                sink.report("site.broken-anchor", at.get(), page, link.text(), target, link.fragment());
            }
        }
    }

    /**
     * One link's address, taken apart as the check needs it: stripped of surrounding space, its
     * path without query, and its fragment decoded.
     *
     * @param text the address as written, stripped
     * @param external it has a scheme or starts with {@code //}: never followed
     * @param fromRoot it starts with {@code /}: a path from the server root
     */
    record Address(String text, boolean external, boolean fromRoot, String path, String fragment) {

        static Address parse(String address) {
            String link = address.strip();
            boolean external = SCHEME.matcher(link).find() || link.startsWith("//");
            int hash = link.indexOf('#');
            String fragment = hash < 0 ? "" : UrlPaths.decode(link.substring(hash + 1));
            String path = hash < 0 ? link : link.substring(0, hash);
            int query = path.indexOf('?');
            path = query < 0 ? path : path.substring(0, query);
            return new Address(link, external, !external && link.startsWith("/"), path, fragment);
        }
    }

    /** The site path a relative link leads to from a page, or null if it leads outside. */
    static String resolve(String page, String path) {
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

    static boolean html(String path) {
        return path.endsWith(".html") || path.endsWith(".htm");
    }
}
