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
        Publisher publisher = new Publisher(OutputGuard.forProject(project, List.of()), BuildLog.silent());
        Path site = project.resolve("target/site");
        Path made = Files.createDirectories(project.resolve("target/aqp/docs-made")).resolve("report.pdf");
        Files.writeString(made, "%PDF a document");
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

    private static Content text(String s) {
        return Content.of(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Object key(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    }
}
