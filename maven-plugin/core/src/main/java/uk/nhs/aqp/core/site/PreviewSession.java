package uk.nhs.aqp.core.site;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.publish.Publisher;
import uk.nhs.aqp.core.vocabulary.Html;

/**
 * A preview of the site, like {@code hugo server}: builds it, serves it on localhost, watches the
 * packs and the project's templates, and rebuilds on every change. Only pages whose inputs changed
 * are made again and only changed files are written; open pages reload themselves. When a change
 * breaks a pack, the last good site stays up and every page shows the problems at its top.
 */
public final class PreviewSession implements SiteServer.Overlay, AutoCloseable {

    /** How long the watcher waits for a burst of file events (an editor's save) to end. */
    private static final long QUIET_MILLIS = 150;

    /** What the pages show: the build number they reload on, and the problems of the last attempt. */
    private record State(long generation, List<String> problems) {
    }

    private final SiteBuilder builder;
    private final SiteRequest request;
    private final Supplier<ValidationResult> validator;
    private final Downloads.Refresh downloads;
    private final BuildLog log;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final WatchService watcher;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private volatile State state = new State(0, List.of());
    private boolean built;
    private volatile boolean closed;
    private SiteServer server;
    private Thread watchThread;

    private PreviewSession(SiteBuilder builder, SiteRequest request, Supplier<ValidationResult> validator,
            Downloads.Refresh downloads, BuildLog log) throws IOException {
        this.builder = builder;
        this.request = request;
        this.validator = validator;
        this.downloads = downloads;
        this.log = log;
        this.watcher = FileSystems.getDefault().newWatchService();
    }

    /**
     * Builds the site once, starts serving it on {@code 127.0.0.1:port} and starts watching. After
     * each change the pages are rebuilt first; then {@code downloads} brings the documents and the
     * bundle up to date (the render cache converts only what changed) and the pages that link them
     * are rebuilt again, so a page never disagrees with its own downloads for longer than that.
     */
    public static PreviewSession start(SiteBuilder builder, SiteRequest request, Supplier<ValidationResult> validator,
            Downloads.Refresh downloads, int port, BuildLog log) {
        PreviewSession session;
        try {
            session = new PreviewSession(builder, request, validator, downloads, log);
        } catch (IOException e) {
            throw new ToolingException("cannot watch files: " + e.getMessage(), e);
        }
        // the pages first, so the preview answers at once; the documents and downloads follow on the
        // watch thread (the first time, with a cold render cache, that can take minutes)
        session.rebuild(Set.of(), false);
        session.server = SiteServer.start(request.siteDirectory(), port, Optional.of(session));
        for (Path folder : session.watchedFolders()) {
            session.register(folder);
        }
        session.watchThread = new Thread(() -> {
            if (downloads != Downloads.Refresh.NONE && !session.closed) {
                session.rebuild(Set.of(), true);
            }
            session.watch();
        }, "aqp-watch");
        session.watchThread.setDaemon(true);
        session.watchThread.start();
        log.info("Serving " + session.server.uri() + " (only on this computer); watching "
                + String.join(" and ", session.watchedFolders().stream().map(Path::toString).toList())
                + ". Stop with Ctrl-C.");
        return session;
    }

    /** Where the site is served. */
    public java.net.URI uri() {
        return server.uri();
    }

    /** The number of the last build the pages reload on; it goes up when the site or its problems change. */
    public long generation() {
        return state.generation();
    }

    /** Blocks until the session is closed. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing a watch service only fails if it is already closed
        }
        closed = true;
        if (server != null) server.close();
        if (watchThread != null) {
            watchThread.interrupt();
            try {
                watchThread.join(30_000); // a rebuild under way finishes writing before close returns
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopped.countDown();
    }

    /**
     * Validates again and rebuilds what the change touched. Never throws: a broken pack or
     * template leaves the last good site in place and shows its problems on every page.
     */
    synchronized void rebuild(Set<Path> changed) {
        rebuild(changed, true);
    }

    /** As {@link #rebuild(Set)}; the documents and downloads are brought up to date only if {@code downloadsToo}. */
    private synchronized void rebuild(Set<Path> changed, boolean downloadsToo) {
        long start = System.nanoTime();
        try {
            if (changed.stream().anyMatch(p -> builder.templateOverrides().map(p::startsWith).orElse(false))) {
                builder.templatesChanged();
            }
            ValidationResult validation = validator.get();
            List<Diagnostic> errors = validation.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty() && built) {
                errors.forEach(d -> log.error(d.format()));
                show(errors.stream().map(Diagnostic::format).toList(), true);
                log.warn("Not rebuilt: " + errors.size() + " errors (shown on every page until fixed)");
                return;
            }
            List<String> problems = errors.stream().map(Diagnostic::format).toList();
            if (!publish(validation, problems, changed.isEmpty() ? "Built" : "Rebuilt", start)) {
                return;
            }
            if (downloadsToo && errors.isEmpty() && downloads != Downloads.Refresh.NONE && !closed) {
                long refresh = System.nanoTime();
                List<Diagnostic> failed = downloads.refresh(validation);
                if (!failed.isEmpty()) {
                    failed.forEach(d -> log.error(d.format()));
                    List<String> all = new ArrayList<>(problems);
                    failed.stream().map(Diagnostic::format).forEach(all::add);
                    show(all, false);
                    return;
                }
                publish(validation, problems, "Documents and downloads brought up to date; pages", refresh);
            }
        } catch (RuntimeException e) {
            log.error("Rebuild failed: " + e.getMessage());
            show(List.of("The site could not be rebuilt: " + e.getMessage()), true);
        }
    }

    /** Assembles the pages and writes the changed files; false (problems shown) when the site has errors. */
    private boolean publish(ValidationResult validation, List<String> problems, String what, long start) {
        SiteBuilder.Assembly site = builder.assemble(validation, request, log);
        if (site.failed()) {
            site.diagnostics().forEach(d -> log.error(d.format()));
            show(site.diagnostics().stream().map(Diagnostic::format).toList(), true);
            return false;
        }
        List<String> written = new Publisher(request.outputGuard(), log).sync(request.siteDirectory(), site.files());
        built = true;
        show(problems, !written.isEmpty());
        log.info(what + " in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + site.made() + " of "
                + site.pages() + " pages made, " + written.size() + " files written (" + site.stages().summary() + ")");
        return true;
    }

    private void show(List<String> problems, boolean siteChanged) {
        State now = state;
        if (siteChanged || !now.problems().equals(problems)) {
            state = new State(now.generation() + 1, List.copyOf(problems));
        }
    }

    @Override
    public String bodyStart() {
        List<String> problems = state.problems();
        if (problems.isEmpty()) return "";
        StringBuilder html = new StringBuilder()
                .append("\n<div class=\"aqp-preview-problems\">")
                .append("<div class=\"nhsuk-error-summary\"><div role=\"alert\">")
                .append("<h2 class=\"nhsuk-error-summary__heading\">The preview is out of date: ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("</h2>")
                .append("<div class=\"nhsuk-error-summary__body\"><p>Fix these and save; the page reloads by itself.</p>")
                .append("<ul class=\"nhsuk-list nhsuk-error-summary__list\">");
        for (String p : problems) {
            html.append("<li><code>").append(Html.escape(p)).append("</code></li>");
        }
        return html.append("</ul></div></div></div></div>\n").toString();
    }

    @Override
    public String bodyEnd() {
        return "<script src=\"" + SiteServer.PREVIEW_PREFIX + "live.js\" data-generation=\"" + state.generation()
                + "\"></script>\n";
    }

    @Override
    public String status() {
        return "{\"generation\":" + state.generation() + ",\"problems\":" + state.problems().size() + "}";
    }

    private List<Path> watchedFolders() {
        List<Path> out = new ArrayList<>();
        out.add(request.validation().packsDirectory().toAbsolutePath().normalize());
        builder.templateOverrides().ifPresent(t -> out.add(t.toAbsolutePath().normalize()));
        return out;
    }

    private void register(Path folder) {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> dirs = Files.walk(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                WatchKey key = dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                watched.put(key, dir);
            }
        } catch (IOException e) {
            log.warn("cannot watch " + folder + ": " + e.getMessage());
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Set<Path> changed = new TreeSet<>();
                collect(key, changed);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty() && !closed) {
                    rebuild(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.addAll(watchedFolders());
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (path.getFileName().toString().startsWith(".")) continue;
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                register(path);
            }
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }
}
