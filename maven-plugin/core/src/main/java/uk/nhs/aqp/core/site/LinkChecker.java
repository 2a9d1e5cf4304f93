package uk.nhs.aqp.core.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.publish.Content;
import uk.nhs.aqp.core.source.Origin;

/**
 * Checks every internal link and anchor of the built site before it is written: each
 * {@code href} and {@code src} of each HTML file must name a file of the site (a folder means its
 * {@code index.html}) and, with a {@code #fragment}, an element with that id. Links must be
 * relative, so the site works from any path. Addresses with a scheme ({@code https:},
 * {@code mailto:}) are not followed. Reports {@code site.broken-link}, {@code site.broken-anchor}
 * and {@code site.absolute-link} at the page, line and column of the link.
 */
final class LinkChecker {

    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\sid\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** What was checked. */
    record Result(int pages, int links) {
    }

    private final Map<String, Content> files;
    private final Function<String, String> display;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Set<String>> ids = new HashMap<>();

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
        for (String page : files.keySet().stream().filter(LinkChecker::html).sorted().toList()) {
            pages++;
            String text = text(page);
            int[] lineStarts = lineStarts(text);
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                links++;
                String link = unescape(m.group(1));
                int line = Arrays.binarySearch(lineStarts, m.start(1));
                line = line >= 0 ? line : -line - 2;
                Origin at = new Origin(display.apply(page), line + 1, m.start(1) - lineStarts[line] + 1, "");
                checkLink(page, link, at, sink);
            }
        }
        return new Result(pages, links);
    }

    private void checkLink(String page, String link, Origin at, DiagnosticSink sink) {
        if (SCHEME.matcher(link).find() || link.startsWith("//")) {
            return;
        }
        if (link.startsWith("/")) {
            sink.report("site.absolute-link", at, page, link);
            return;
        }
        int hash = link.indexOf('#');
        String fragment = hash < 0 ? "" : UrlPaths.decode(link.substring(hash + 1));
        String path = hash < 0 ? link : link.substring(0, hash);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        String target = path.isEmpty() ? page : resolve(page, path);
        if (target == null) {
            sink.report("site.broken-link", at, page, link, "it leads outside the site");
            return;
        }
        if (!files.containsKey(target) && files.containsKey(target + "/index.html")) {
            target = target + "/index.html";
        }
        if (!files.containsKey(target)) {
            sink.report("site.broken-link", at, page, link, "the site has no " + target);
        } else if (!fragment.isEmpty() && html(target) && !ids(target).contains(fragment)) {
            sink.report("site.broken-anchor", at, page, link, target, fragment);
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

    private Set<String> ids(String page) {
        return ids.computeIfAbsent(page, p -> {
            Set<String> found = new HashSet<>();
            Matcher m = ID.matcher(text(p));
            while (m.find()) {
                found.add(unescape(m.group(1)));
            }
            return found;
        });
    }

    private String text(String page) {
        return texts.computeIfAbsent(page, p -> new String(files.get(p).bytes(), StandardCharsets.UTF_8));
    }

    private static boolean html(String path) {
        return path.endsWith(".html") || path.endsWith(".htm");
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
