package uk.nhs.aqp.core.site;

import java.nio.charset.StandardCharsets;
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
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.publish.Content;
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
 * <p>Each page is parsed as a browser parses it (jsoup's HTML parser), so only real attributes
 * count: text that quotes {@code href="..."}, in a paragraph, a code block or a script, is not a
 * link. Every page is parsed once, without source positions (a third faster); its links and ids
 * are kept, not its tree. Only a page with a broken link is parsed again, with positions, to say
 * where: the n-th link of both parses is the same link. Pages are parsed in parallel, checked in
 * order, so the report does not depend on the number of cores.
 */
final class LinkChecker {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src");

    /** What was checked. */
    record Result(int pages, int links) {
    }

    /** One address in a page, with the line and column where its value starts (-1 when not tracked). */
    private record Link(String address, int line, int column) {
    }

    /** What the link check needs of a page. */
    private record Parsed(List<Link> links, Set<String> ids) {
    }

    private final Map<String, Content> files;
    private final Function<String, String> display;
    private final Map<String, Parsed> parsed = new HashMap<>();
    private final Map<String, List<Link>> positioned = new HashMap<>();

    private LinkChecker(Map<String, Content> files, Function<String, String> display) {
        this.files = files;
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
        parsed.putAll(all.parallelStream().collect(Collectors.toConcurrentMap(p -> p, p -> parse(text(p), false))));
        for (String page : all) {
            pages++;
            List<Link> found = parsed(page).links();
            for (int i = 0; i < found.size(); i++) {
                links++;
                int index = i;
                checkLink(page, found.get(i).address().strip(), () -> origin(page, index), sink);
            }
        }
        return new Result(pages, links);
    }

    /** Where the page's link with this index is: the page is parsed again, with positions. */
    private Origin origin(String page, int index) {
        Link link = positioned.computeIfAbsent(page, p -> parse(text(p), true).links()).get(index);
        return new Origin(display.apply(page), link.line(), link.column(), "");
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
        if (!files.containsKey(target) && files.containsKey(target + "/index.html")) {
            target = target + "/index.html";
        }
        if (!files.containsKey(target)) {
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

    private Parsed parsed(String page) {
        return parsed.computeIfAbsent(page, p -> parse(text(p), false));
    }

    private String text(String page) {
        return new String(files.get(page).bytes(), StandardCharsets.UTF_8);
    }

    /** The links (in document order; with their line and column if {@code positions}) and ids of one page. */
    static Parsed parse(String html, boolean positions) {
        Document document = Parser.htmlParser().setTrackPosition(positions).parseInput(html, "");
        List<Link> links = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element element : document.getAllElements()) {
            if (element.attributesSize() == 0) continue;
            String id = element.id();
            if (!id.isEmpty()) {
                ids.add(id);
            }
            for (String name : LINK_ATTRIBUTES) {
                if (element.hasAttr(name)) {
                    Range.Position at = valueStart(element, name);
                    links.add(new Link(element.attr(name), at.lineNumber(), at.columnNumber()));
                }
            }
            if (element.hasAttr("srcset")) {
                srcset(element, links);
            }
        }
        return new Parsed(links, ids);
    }

    /**
     * The addresses of a {@code srcset} ({@code a.png 1x, b.png 2x}), read as the HTML standard
     * reads them: an address runs to the next space (so a {@code data:} address may hold commas),
     * then descriptors to the next comma. The column is the value's start plus the address's
     * offset in it (exact unless the value holds character references).
     */
    private static void srcset(Element element, List<Link> links) {
        String value = element.attr("srcset");
        Range.Position at = valueStart(element, "srcset");
        int i = 0;
        while (i < value.length()) {
            while (i < value.length() && (value.charAt(i) == ',' || Character.isWhitespace(value.charAt(i)))) i++;
            int start = i;
            while (i < value.length() && !Character.isWhitespace(value.charAt(i))) i++;
            int end = i;
            if (end > start && value.charAt(end - 1) == ',') {
                while (end > start && value.charAt(end - 1) == ',') end--;
            } else {
                int depth = 0;
                while (i < value.length() && (depth > 0 || value.charAt(i) != ',')) {
                    depth += value.charAt(i) == '(' ? 1 : value.charAt(i) == ')' ? -1 : 0;
                    i++;
                }
            }
            if (end > start) {
                links.add(new Link(value.substring(start, end), at.lineNumber(), at.columnNumber() + start));
            }
        }
    }

    /** Where an attribute's value starts; where the parser did not track it, where its element starts. */
    private static Range.Position valueStart(Element element, String attribute) {
        Range.Position at = element.attributes().sourceRange(attribute).valueRange().start();
        return at.isTracked() ? at : element.sourceRange().start();
    }

    private static boolean html(String path) {
        return path.endsWith(".html") || path.endsWith(".htm");
    }
}
