package uk.nhs.aqp.core.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.Version;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.RuleCatalog;
import uk.nhs.aqp.core.directory.ProviderRegister;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.publish.Content;
import uk.nhs.aqp.core.publish.LargestFirst;
import uk.nhs.aqp.core.publish.Publisher;
import uk.nhs.aqp.core.publish.TemporaryFolder;
import uk.nhs.aqp.core.site.page.PageKinds;

/**
 * Stage site: makes the whole website in memory from the validated packs, the documents and the
 * bundle (copied, never made again), checks every internal link and anchor, and only then hands it
 * to the publisher, which swaps it into place. Open one per build (it holds the FreeMarker
 * configuration and the frontend files); the preview server keeps one for its whole session, and
 * pages whose inputs did not change are not made again.
 */
public final class SiteBuilder {

    /** The site's own static files, copied from the templates folder as they are. */
    static final List<String> STATIC_FILES = List.of("assets/aqp.css", "assets/init.js", "assets/search.js");

    /** A site made in memory and checked, not yet written. */
    public record Assembly(Map<String, Content> files, List<Diagnostic> diagnostics, int pages, int made,
            StageTimes stages) {

        public boolean failed() {
            return diagnostics.stream().anyMatch(d -> d.severity() == uk.nhs.aqp.core.diagnostic.Severity.ERROR);
        }
    }

    /** A page the preview made, kept with what decided it and its links. */
    private record Made(Object fingerprint, byte[] bytes, PageLinks links) {
    }

    /** A page made by this build: its content, in memory or written, and its links. */
    private record MadeNow(Content content, PageLinks links) {
    }

    /** The folder under the work folder that holds the pages a build is making. */
    static final String PAGES = "pages";

    private final TemplateEngine templates;
    private final Optional<Path> templatesFolder;
    private final ProjectPaths paths;
    private final Map<String, Made> made = new HashMap<>();
    private Map<String, byte[]> frontend;
    private Path sourceFor;
    private Optional<String> source = Optional.empty();
    private FrontendSource frontendSource;

    public SiteBuilder(Optional<Path> templatesFolder, Path projectRoot) {
        this.templatesFolder = templatesFolder;
        this.paths = new ProjectPaths(projectRoot);
        this.templates = new TemplateEngine(templatesFolder, paths);
    }

    /** The templates folder this builder was opened with. */
    public Optional<Path> templatesFolder() {
        return templatesFolder;
    }

    /** The folder of the project's own site templates, if it has one (the preview watches it). */
    public Optional<Path> templateOverrides() {
        return templates.overrides();
    }

    /** A template or static file changed: read them again and make every page anew. */
    public void templatesChanged() {
        templates.reload();
        made.clear();
    }

    /**
     * Makes, checks and writes the site; writes nothing if it has errors. With a work folder, each
     * page goes to disk as soon as it is made ({@code <work>/pages}, linked into the new site, then
     * removed), so memory does not grow with the pages: a thousand local pack pages are 130 MB.
     */
    public SiteResult build(ValidationResult validation, SiteRequest request, BuildLog log) {
        Publisher publisher = new Publisher(request.outputGuard(), log);
        Optional<Path> pagesFolder = request.workDirectory().map(w -> publisher.workFolder(w).resolve(PAGES));
        pagesFolder.ifPresent(TemporaryFolder::delete); // left by a build that was stopped
        try {
            Assembly site = assemble(validation, request, log, pagesFolder);
            Path index = request.siteDirectory().resolve(SiteLinks.HOME);
            if (!site.failed()) {
                long start = System.nanoTime();
                publisher.replaceFolder(request.siteDirectory(), site.files());
                site.stages().record("publish", start, site.files().size() + " files");
            }
            return new SiteResult(site.diagnostics(), index, site.pages(), site.stages());
        } finally {
            pagesFolder.ifPresent(TemporaryFolder::delete);
        }
    }

    /**
     * Makes the whole site in memory and checks its links. Writes nothing to the site folder; keeps
     * what the check read in the copied files in the request's work folder, if it has one. The
     * preview keeps the pages it made, and makes again only those whose inputs changed.
     */
    public Assembly assemble(ValidationResult validation, SiteRequest request, BuildLog log) {
        return assemble(validation, request, log, Optional.empty());
    }

    /** The site, its pages in memory and kept for the next build, or written to {@code pagesFolder} and not kept. */
    private Assembly assemble(ValidationResult validation, SiteRequest request, BuildLog log,
            Optional<Path> pagesFolder) {
        StageTimes times = new StageTimes();
        DiagnosticSink sink = new DiagnosticSink();
        Map<String, Content> files = new TreeMap<>();
        long start = System.nanoTime();
        if (frontend == null || !request.frontend().equals(frontendSource)) {
            frontend = FrontendAssets.load(request.frontend(), log);
            frontendSource = request.frontend();
        }
        frontend.forEach((path, bytes) -> files.put(path, Content.of(bytes)));
        STATIC_FILES.forEach(name -> templates.file(name, sink).ifPresent(bytes -> files.put(name, Content.of(bytes))));
        times.record("assets", start, request.frontend().pack().name() + " " + request.frontend().pack().version());

        start = System.nanoTime();
        Downloads downloads = Downloads.find(request.docs(), request.bundle());
        files.putAll(downloads.files());
        times.record("downloads", start, downloads.files().size() + " files from the documents and bundle stages");

        start = System.nanoTime();
        SiteModel model = SiteModel.of(validation.packs(), validation.localPacks(), validation.register(),
                validation.diagnostics(),
                RuleCatalog.standard().all(), downloads, request.siteUrl())
                .withBuiltFrom(builtFrom(request.validation().projectRoot()))
                .withDirectories(validation.qualifiedProviders().stream().map(ProviderRegister::directory).toList());
        List<Page> pages = new ArrayList<>();
        PageKinds.all().forEach(kind -> pages.addAll(kind.pages(model)));
        List<Page> toMake = new ArrayList<>();
        Map<String, PageLinks> links = new HashMap<>();
        for (Page page : pages) {
            if (files.containsKey(page.path())) {
                throw new ToolingException("two pages would be written to " + page.path());
            }
            Made before = made.get(page.path());
            if (fingerprint(page, model) != null && before != null
                    && Objects.equals(before.fingerprint(), fingerprint(page, model))) {
                files.put(page.path(), Content.of(before.bytes()));
                if (before.links() != null) {
                    links.put(page.path(), before.links());
                }
            } else {
                files.put(page.path(), null); // made below; holds the path against a second page
                toMake.add(page);
            }
        }
        // pages are made on every core, each thread taking the next page (templates and the model
        // are read-only; one page can take a hundred times another), kept in page order; each is
        // read for its links while it is in memory, and then kept, or written and let go
        pagesFolder.ifPresent(folder -> made.clear());
        List<Optional<MadeNow>> madeNow = LargestFirst.map(toMake, page -> 1,
                page -> templates.render(page.template(), model(page, model), sink)
                        .map(bytes -> keepOrWrite(page, bytes, pagesFolder)));
        for (int i = 0; i < toMake.size(); i++) {
            Page page = toMake.get(i);
            Optional<MadeNow> result = madeNow.get(i);
            if (result.isPresent()) {
                files.put(page.path(), result.get().content());
                if (result.get().links() != null) {
                    links.put(page.path(), result.get().links());
                }
                if (pagesFolder.isEmpty()) {
                    made.put(page.path(), new Made(fingerprint(page, model), result.get().content().bytes(),
                            result.get().links()));
                }
            } else {
                files.remove(page.path());
                made.remove(page.path());
            }
        }
        int fresh = toMake.size();
        times.record("pages", start, pages.size() + " pages, " + fresh + " made, " + (pages.size() - fresh) + " unchanged");

        start = System.nanoTime();
        files.put(SiteLinks.SEARCH_INDEX, Content.of(SearchIndex.script(SearchIndex.entries(model))));
        sitemap(pages, model, sink).ifPresent(b -> files.put(SiteLinks.SITEMAP, Content.of(b)));
        times.record("search index and sitemap", start, "");

        if (!sink.hasErrors()) {
            // a page that failed to render would only show up again as links to it that break
            start = System.nanoTime();
            Optional<Path> memoFile = request.workDirectory().map(w -> w.resolve(LinkMemo.FILE));
            request.workDirectory().ifPresent(request.outputGuard()::check);
            LinkMemo memo = memoFile.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(LinkMemo::load).orElseGet(LinkMemo::empty);
            LinkChecker.Result checked = LinkChecker.check(files, links, memo,
                    p -> paths.display(request.siteDirectory().resolve(p)), sink);
            request.workDirectory().ifPresent(w -> new Publisher(request.outputGuard(), log)
                    .publish(w, Map.of(LinkMemo.FILE, memo.bytes())));
            times.record("link check", start, checked.links() + " links in " + checked.pages() + " pages ("
                    + memo.remembered() + " unchanged documents not read again)");
        }
        return new Assembly(Map.copyOf(files), sink.sorted(), pages.size(), fresh, times);
    }

    /** A page just made: read for its links, then kept in memory, or written under {@code pagesFolder}. */
    private MadeNow keepOrWrite(Page page, byte[] bytes, Optional<Path> pagesFolder) {
        PageLinks links = LinkChecker.html(page.path()) ? PageLinks.read(page.path(), bytes) : null;
        if (pagesFolder.isEmpty()) {
            return new MadeNow(Content.of(bytes), links);
        }
        Path file = pagesFolder.get().resolve(page.path()).normalize();
        if (!file.startsWith(pagesFolder.get())) {
            throw new ToolingException("a page would be written outside the site: " + page.path());
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new ToolingException("cannot write " + paths.display(file) + ": " + e.getMessage(), e);
        }
        return new MadeNow(Content.copyOf(file), links);
    }

    /** What the project was built from, asked of git once per project folder (a preview rebuilds often). */
    private Optional<String> builtFrom(Path projectRoot) {
        if (!projectRoot.equals(sourceFor)) {
            source = BuildSource.describe(projectRoot);
            sourceFor = projectRoot;
        }
        return source;
    }

    /** Every page's canonical address (and the 404 page's base) comes from the site's address too. */
    private static Object fingerprint(Page page, SiteModel model) {
        return page.fingerprint() == null ? null : List.of(page.fingerprint(), model.siteUrl());
    }

    /** What a template sees: the page's own values, then {@code page}, {@code site}, {@code fmt} and {@code links}. */
    private static Map<String, Object> model(Page page, SiteModel model) {
        Map<String, Object> root = new HashMap<>(page.data());
        String canonical = model.siteUrl().map(u -> u + directory(page.path())).orElse("./");
        root.put("page", new PageView(page.title(), page.path(), page.root(), page.breadcrumbs(), page.section(),
                page.listed() ? canonical : ""));
        if (page.path().equals(SiteLinks.NOT_FOUND)) {
            model.siteUrl().ifPresent(url -> root.put("baseHref", url.endsWith("/") ? url : url + "/"));
        }
        root.put("site", SiteView.STANDARD);
        root.put("fmt", Formats.standard());
        root.put("links", SiteLinks.standard());
        return root;
    }

    /** {@code packs/x/} for {@code packs/x/index.html}. */
    private static String directory(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    /** A relative address of a page's folder: {@code ./} for the home page. */
    private static String relative(String path) {
        String dir = directory(path);
        return dir.isEmpty() ? "./" : dir;
    }

    private Optional<byte[]> sitemap(List<Page> pages, SiteModel model, DiagnosticSink sink) {
        List<String> urls = pages.stream().filter(Page::listed)
                .map(p -> model.siteUrl().map(u -> u + directory(p.path())).orElse(relative(p.path()))).sorted().toList();
        return templates.render("sitemap.ftlx", Map.of("urls", urls), sink);
    }

    /** The page as a template sees it. */
    public record PageView(String title, String path, String root, List<Page.Crumb> breadcrumbs, String section,
            String canonical) {
    }

    /** The site as every template sees it: its name, version and header navigation. */
    public record SiteView(String name, String version, List<NavItem> navigation, String stylesheet, String script) {
        static final SiteView STANDARD = new SiteView("AQP implementation packs", Version.current(), List.of(
                new NavItem("Service lines", SiteLinks.HOME, "home"),
                new NavItem("AQP map", SiteLinks.ADOPTION, "adoption"),
                new NavItem("Rules", SiteLinks.RULES, "rules"),
                new NavItem("Quality report", SiteLinks.QUALITY, "quality")),
                FrontendAssets.STYLESHEET, FrontendAssets.SCRIPT);
    }

    /** One item of the header navigation. */
    public record NavItem(String title, String href, String section) {
    }
}
