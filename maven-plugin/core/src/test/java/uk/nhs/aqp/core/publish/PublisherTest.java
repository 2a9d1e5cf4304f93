package uk.nhs.aqp.core.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.aqp.core.publish.OutputFolders.bytes;
import static uk.nhs.aqp.core.publish.OutputFolders.content;
import static uk.nhs.aqp.core.publish.OutputFolders.leftovers;
import static uk.nhs.aqp.core.publish.OutputFolders.published;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/** Replacing an output folder: all or nothing, marked as the toolkit's, and nothing left behind. */
class PublisherTest {

    @TempDir
    Path out;

    private final OutputFolders.Lines log = new OutputFolders.Lines();
    private Publisher publisher;
    private Path folder;

    @BeforeEach
    void previousOutput() {
        publisher = new Publisher(OutputGuard.forProject(out.resolve("project"), List.of()), log);
        folder = out.resolve("bundle");
        publisher.replaceFolder(folder, content(Map.of("tables/old.csv", "old")));
    }

    @Test
    void replaces_the_whole_folder_with_a_marked_one_leaving_nothing_beside_it() throws IOException {
        publisher.replaceFolder(folder, content(Map.of("datapackage.json", "{}", "tables/kpis.csv", "a,b")));
        assertEquals(Map.of("datapackage.json", "{}", "tables/kpis.csv", "a,b"), published(folder));
        assertArrayEquals(OutputGuard.MARKER_TEXT, Files.readAllBytes(folder.resolve(OutputGuard.MARKER)));
        assertEquals(List.of(), leftovers(folder));
        assertEquals(List.of(), log.warnings());
    }

    @Test
    void the_published_folder_is_a_link_to_a_hidden_version_beside_it() throws IOException {
        assertTrue(Files.isSymbolicLink(folder));
        String version = Files.readSymbolicLink(folder).toString();
        assertTrue(version.matches("\\.bundle\\.aqp-[a-z0-9]+"), version);
        assertTrue(Files.isRegularFile(out.resolve(version).resolve(OutputGuard.MARKER)));
    }

    @Test
    void a_file_that_cannot_be_written_leaves_the_folder_as_it_was() {
        // "tables" cannot be both a file and the folder of tables/kpis.csv
        Map<String, Content> clash = content(Map.of("tables", "x", "tables/kpis.csv", "a,b"));
        assertThrows(ToolingException.class, () -> publisher.replaceFolder(folder, clash));
        assertEquals(Map.of("tables/old.csv", "old"), published(folder));
        assertEquals(List.of(), leftovers(folder));
    }

    @Test
    void a_path_escaping_the_folder_is_refused_before_anything_moves() {
        assertThrows(ToolingException.class,
                () -> publisher.replaceFolder(folder, content(Map.of("../escaped.txt", "x"))));
        assertFalse(Files.exists(out.resolve("escaped.txt")));
        assertEquals(Map.of("tables/old.csv", "old"), published(folder));
        assertEquals(List.of(), leftovers(folder));
    }

    @Test
    void content_may_not_overwrite_the_marker() {
        assertThrows(ToolingException.class,
                () -> publisher.replaceFolder(folder, content(Map.of(OutputGuard.MARKER, "mine"))));
        assertEquals(Map.of("tables/old.csv", "old"), published(folder));
    }

    @Test
    void publishing_files_into_a_new_folder_marks_it_and_keeps_its_other_entries() throws IOException {
        Path reports = out.resolve("aqp");
        publisher.publish(reports, Map.of("diagnostics.json", bytes("[]")));
        publisher.replaceFolder(reports.resolve("docs"), content(Map.of("a.html", "a")));
        publisher.publish(reports, Map.of("diagnostics.json", bytes("[1]")));
        assertEquals("[1]", Files.readString(reports.resolve("diagnostics.json")));
        assertEquals(Map.of("a.html", "a"), published(reports.resolve("docs")));
        assertTrue(Files.isRegularFile(reports.resolve(OutputGuard.MARKER)));
    }

    @Test
    void a_parent_folder_made_for_an_output_is_marked_so_a_later_build_may_write_into_it() {
        Path bundle = out.resolve("elsewhere/aqp/bundle");
        publisher.replaceFolder(bundle, content(Map.of("datapackage.json", "{}")));
        assertTrue(Files.isRegularFile(bundle.getParent().resolve(OutputGuard.MARKER)));
        assertFalse(Files.exists(out.resolve("elsewhere").resolve(OutputGuard.MARKER)), "only the folder it holds");
        publisher.publish(bundle.getParent(), Map.of("diagnostics.json", bytes("[]")));
    }

    @Test
    void the_preview_sync_writes_only_changes_keeps_the_marker_and_deletes_files_no_longer_made() {
        List<String> changed = publisher.sync(folder, content(Map.of("tables/old.csv", "old", "index.html", "home")));
        assertEquals(List.of("index.html"), changed);
        changed = publisher.sync(folder, content(Map.of("index.html", "home")));
        assertEquals(List.of("tables/old.csv"), changed);
        assertEquals(Map.of("index.html", "home"), published(folder));
        assertTrue(Files.isRegularFile(folder.resolve(OutputGuard.MARKER)));
    }

    @Test
    void the_preview_sync_makes_a_new_folder_the_way_a_build_does() throws IOException {
        Path site = out.resolve("site");
        assertEquals(List.of("index.html"), publisher.sync(site, content(Map.of("index.html", "home"))));
        assertTrue(Files.isSymbolicLink(site));
        assertEquals(Map.of("index.html", "home"), published(site));
    }
}
