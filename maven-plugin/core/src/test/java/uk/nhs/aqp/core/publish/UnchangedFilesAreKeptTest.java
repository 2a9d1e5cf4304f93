package uk.nhs.aqp.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;

/**
 * A folder replaced by a build whose files did not all change keeps the unchanged ones as they
 * were (same bytes, same file, same modification time), so a mirror or a CDN sync sees only what
 * changed; the changed ones are new.
 */
class UnchangedFilesAreKeptTest {

    @TempDir
    Path project;

    @Test
    void a_second_build_keeps_unchanged_files_and_replaces_changed_ones() throws IOException {
        Publisher publisher = publisher();
        Path site = project.resolve("target/site");
        Path made = document();
        publisher.replaceFolder(site, Map.of("index.html", text("home"), "about.html", text("about"),
                "docs/report.pdf", Content.copyOf(made)));
        Instant long_ago = Instant.parse("2013-04-01T00:00:00Z");
        for (String name : List.of("index.html", "about.html", "docs/report.pdf")) {
            Files.setLastModifiedTime(site.resolve(name), FileTime.from(long_ago));
        }
        Object aboutBefore = key(site.resolve("about.html"));

        publisher.replaceFolder(site, Map.of("index.html", text("home, changed"), "about.html", text("about"),
                "docs/report.pdf", Content.copyOf(made)));

        assertEquals(long_ago, Files.getLastModifiedTime(site.resolve("about.html")).toInstant());
        assertEquals(aboutBefore, key(site.resolve("about.html")), "the same file, not a copy");
        assertEquals(long_ago, Files.getLastModifiedTime(site.resolve("docs/report.pdf")).toInstant());
        assertNotEquals(long_ago, Files.getLastModifiedTime(site.resolve("index.html")).toInstant());
        assertEquals("home, changed", Files.readString(site.resolve("index.html")));
        assertEquals("about", Files.readString(site.resolve("about.html")));
    }

    @Test
    void a_build_with_nothing_changed_leaves_the_folder_itself_as_it_was() throws IOException {
        Publisher publisher = publisher();
        Path site = project.resolve("target/site");
        Path made = document();
        Map<String, Content> files = Map.of("index.html", text("home"), "docs/report.pdf", Content.copyOf(made));
        publisher.replaceFolder(site, files);
        Path version = site.toRealPath();

        publisher.replaceFolder(site, Map.of("index.html", text("home"), "docs/report.pdf", Content.copyOf(made)));

        assertEquals(version, site.toRealPath(), "no new version was made and swapped in");
        assertEquals(List.of(".aqp-output", "docs", "index.html"), names(version));
    }

    @Test
    void a_file_no_longer_made_or_a_new_one_is_a_change() throws IOException {
        Publisher publisher = publisher();
        Path site = project.resolve("target/site");
        publisher.replaceFolder(site, Map.of("index.html", text("home"), "old.html", text("old")));
        Path first = site.toRealPath();

        publisher.replaceFolder(site, Map.of("index.html", text("home")));
        Path second = site.toRealPath();
        List<String> secondNames = names(second);
        publisher.replaceFolder(site, Map.of("index.html", text("home"), "new.html", text("new")));

        assertNotEquals(first, second);
        assertEquals(List.of(".aqp-output", "index.html"), secondNames);
        assertNotEquals(second, site.toRealPath());
        assertEquals(List.of(".aqp-output", "index.html", "new.html"), names(site.toRealPath()));
    }

    private Publisher publisher() {
        return new Publisher(OutputGuard.forProject(project, List.of()), BuildLog.silent());
    }

    /** A document another stage made, which the site copies. */
    private Path document() throws IOException {
        Path made = Files.createDirectories(project.resolve("target/aqp/docs-made")).resolve("report.pdf");
        return Files.writeString(made, "%PDF a document");
    }

    private static List<String> names(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Content text(String s) {
        return Content.of(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Object key(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    }
}
