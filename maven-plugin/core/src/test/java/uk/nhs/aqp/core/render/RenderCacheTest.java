package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * Documents are taken from the render cache when nothing that decides their bytes changed, and
 * converted again exactly when something did. HTML only: the cache treats every format alike.
 */
@Tag("render")
class RenderCacheTest {

    @TempDir
    Path project;

    Path packs;
    Path cache;

    @BeforeEach
    void fork() throws IOException {
        packs = RenderFixture.nationalAndLocalPack(project.resolve("packs"));
        cache = project.resolve("cache");
    }

    private RenderResult render(String out) {
        return RenderFixture.render(packs, new RenderRequest(project, project.resolve(out),
                Optional.of(project.resolve("templates")), false, Severity.ERROR, 2)
                .withCache(RenderRequest.CacheSettings.at(cache, 1L << 30)));
    }

    @Test
    void a_second_build_with_no_change_converts_nothing_and_gives_the_same_files() throws IOException {
        RenderResult first = render("first");
        assertEquals(14, first.converted(), "six documents of the national pack, seven (with the variation report) of "
                + "the local one, and the comparison of the national pack's one local version");
        assertEquals(0, first.fromCache());
        RenderResult second = render("second");
        assertEquals(0, second.converted());
        assertEquals(14, second.fromCache());
        assertEquals(files(project.resolve("first/docs")), files(project.resolve("second/docs")));
        try (Stream<Path> all = Files.walk(project.resolve("first"))) {
            List<String> names = all.map(p -> project.resolve("first").relativize(p).toString()).toList();
            assertEquals(List.of(), names.stream().filter(n -> n.contains("staging")).toList(),
                    "the generated AsciiDoc waits in a staging folder that is gone when the render ends");
            assertEquals(14, names.stream().filter(n -> n.endsWith(".adoc")).count(),
                    "the AsciiDoc of each document is published: " + names);
        }
    }

    @Test
    void a_build_whose_documents_all_come_from_the_cache_never_starts_asciidoctor() throws IOException {
        render("first");
        List<String> noChange = renderInNewToolkit("second", false);
        assertTrue(noChange.stream().anyMatch(l -> l.contains(": 0 converted, 14 from the cache")), noChange.toString());
        Path adaptation = packs.resolve("local/test-ccg/demo/adaptation.yaml");
        Files.writeString(adaptation, Files.readString(adaptation).replace("rationale: Local capacity.",
                "rationale: Local capacity, agreed by the board."));
        List<String> oneChange = renderInNewToolkit("third", true);
        assertEquals(1, oneChange.stream().filter(l -> l.startsWith("[aqp] engine: Asciidoctor started in ")).count(),
                "a document to convert starts the engine, once: " + oneChange);
    }

    /**
     * Renders in a toolkit of its own, whose engine has not started yet, and checks whether the
     * render started it (ahead of the conversions or not); returns the log's lines.
     */
    private List<String> renderInNewToolkit(String out, boolean engineStarted) {
        List<String> lines = new java.util.ArrayList<>();
        uk.nhs.aqp.core.BuildLog log = new uk.nhs.aqp.core.BuildLog() {
            @Override public void info(String message) { lines.add(message); }
            @Override public void warn(String message) { lines.add(message); }
            @Override public void error(String message) { lines.add(message); }
        };
        RenderRequest request = new RenderRequest(project, project.resolve(out), Optional.of(project.resolve("templates")),
                false, Severity.ERROR, 2).withCache(RenderRequest.CacheSettings.at(cache, 1L << 30));
        try (uk.nhs.aqp.core.Toolkit toolkit = uk.nhs.aqp.core.Toolkit.open(Optional.empty())) {
            RenderResult result = RenderFixture.render(toolkit, packs, request, log);
            assertFalse(result.failed(), result.diagnostics().toString());
            assertEquals(engineStarted, toolkit.engineStarted(), engineStarted ? "a document to convert starts the engine"
                    : "no document to convert, so no engine started, not even ahead of time");
        }
        return lines;
    }

    @Test
    void a_render_writes_nothing_in_the_systems_temporary_folder_with_or_without_the_cache() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> created = new java.util.ArrayList<>();
        // a folder made there and deleted at the end of the render would leave no trace: watch it
        try (java.nio.file.WatchService watch = tmp.getFileSystem().newWatchService()) {
            tmp.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
            render("cached");
            RenderResult uncached = RenderFixture.render(packs, new RenderRequest(project, project.resolve("uncached"),
                    Optional.of(project.resolve("templates")), false, Severity.ERROR, 2));
            assertEquals(14, uncached.converted(), "aqp.cache=off: every document converted");
            for (java.nio.file.WatchKey key; (key = watch.poll(1, java.util.concurrent.TimeUnit.SECONDS)) != null; ) {
                key.pollEvents().forEach(e -> created.add(String.valueOf(e.context())));
                key.reset();
            }
        }
        assertEquals(List.of(), created.stream().filter(n -> n.startsWith("aqp-render")).toList(),
                "the theme, images and a one-build cache wait in the build's own output");
        try (Stream<Path> all = Files.walk(project)) {
            assertEquals(List.of(), all.map(p -> project.relativize(p).toString())
                    .filter(n -> n.contains(".aqp-assets-") || n.contains(".aqp-render-scratch-")).toList(),
                    "and are gone when the render ends");
        }
    }

    @Test
    void changing_one_adaptation_converts_only_that_local_packs_documents() throws IOException {
        render("first");
        Path adaptation = packs.resolve("local/test-ccg/demo/adaptation.yaml");
        Files.writeString(adaptation, Files.readString(adaptation).replace("rationale: Local capacity.",
                "rationale: Local capacity, agreed by the board."));
        RenderResult second = render("second");
        Map<String, byte[]> before = files(project.resolve("first/docs"));
        Map<String, byte[]> after = files(project.resolve("second/docs"));
        long changed = after.keySet().stream().filter(k -> !java.util.Arrays.equals(before.get(k), after.get(k))).count();
        assertTrue(second.converted() > 0 && second.converted() <= 7, "only the local pack's documents: " + second.converted());
        assertEquals(second.converted(), changed, "every conversion changed a document, no other document changed");
        assertTrue(after.keySet().stream().filter(k -> !java.util.Arrays.equals(before.get(k), after.get(k)))
                .allMatch(k -> k.startsWith("local/test-ccg/demo/")));
    }

    @Test
    void changing_the_stylesheet_converts_everything() throws IOException {
        render("first");
        Path css = Files.createDirectories(project.resolve("templates/adoc")).resolve("document.css");
        Files.writeString(css, "body { color: #212b32; }\n");
        RenderResult second = render("second");
        assertEquals(14, second.converted());
        assertEquals(0, second.fromCache());
    }

    @Test
    void a_corrupt_cache_entry_is_converted_again_and_never_published() throws IOException {
        render("first");
        // published documents share their bytes with the cache entries, so keep a copy first
        Map<String, byte[]> published = files(project.resolve("first/docs"));
        Path entry;
        try (Stream<Path> all = Files.walk(cache)) {
            entry = all.filter(p -> p.toString().endsWith(".html")).sorted().findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(entry);
        Files.writeString(entry, "<html>truncated", StandardCharsets.UTF_8);
        RenderResult second = render("second");
        assertEquals(1, second.converted());
        assertEquals(13, second.fromCache());
        assertArrayEquals(good, Files.readAllBytes(entry), "the entry was made again");
        assertEquals(published, files(project.resolve("second/docs")));
    }

    @Test
    void shards_fill_one_cache_and_a_final_build_from_it_gives_identical_files() throws IOException {
        RenderResult whole = render("whole");
        Path wholeCache = cache;
        cache = project.resolve("shared-cache");
        int converted = 0;
        for (int k = 1; k <= 3; k++) {
            RenderResult shard = RenderFixture.render(packs, new RenderRequest(project, project.resolve("shard" + k),
                    Optional.of(project.resolve("templates")), false, Severity.ERROR, 2)
                    .withCache(RenderRequest.CacheSettings.at(cache, 1L << 30))
                    .withShard(Optional.of(new RenderRequest.Shard(k, 3))));
            converted += shard.converted();
            assertFalse(shard.published());
            assertFalse(Files.exists(project.resolve("shard" + k + "/docs")), "a shard publishes no documents");
        }
        assertEquals(whole.converted(), converted, "each document converted by exactly one shard");
        RenderResult last = render("last");
        assertEquals(0, last.converted());
        assertEquals(files(project.resolve("whole/docs")), files(project.resolve("last/docs")));
        assertTrue(Files.isDirectory(wholeCache));
    }

    /** Every document under {@code root}, by relative path (the folder's own marker left out). */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        Path real = root.toRealPath(); // the published folder is a link to its current version
        try (Stream<Path> all = Files.walk(real)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                String name = real.relativize(p).toString();
                if (!name.startsWith(".")) {
                    out.put(name, Files.readAllBytes(p));
                }
            }
        }
        assertTrue(out.size() >= 6, "found the documents in " + root + ": " + out.keySet());
        return new TreeMap<>(out) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Map<?, ?> m && m.keySet().equals(keySet()) && keySet().stream()
                        .allMatch(k -> java.util.Arrays.equals(get(k), (byte[]) m.get(k)));
            }

            @Override
            public int hashCode() {
                return keySet().hashCode();
            }
        };
    }
}
