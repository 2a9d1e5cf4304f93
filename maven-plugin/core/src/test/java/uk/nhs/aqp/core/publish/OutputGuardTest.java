package uk.nhs.aqp.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.aqp.core.publish.OutputFolders.bytes;
import static uk.nhs.aqp.core.publish.OutputFolders.content;
import static uk.nhs.aqp.core.publish.OutputFolders.published;
import static uk.nhs.aqp.core.publish.OutputFolders.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * The toolkit writes only into folders it made, or new or empty ones; whatever a parameter says,
 * it refuses anything else before touching a file, and says which folder, why, and what to do.
 * Each refusal is checked for all three writers: replacing a folder (documents, bundle, site),
 * writing files into one (the reports) and the preview's sync.
 */
class OutputGuardTest {

    @TempDir
    Path work;

    private Path project;
    private Publisher publisher;

    @BeforeEach
    void aProject() throws IOException {
        project = work.resolve("repo");
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve("packs/national/demo"));
        Files.writeString(project.resolve("packs/national/demo/pack.yaml"), "id: demo\n");
        Files.createDirectories(project.resolve("site"));
        Files.writeString(project.resolve("site/pom.xml"), "<project/>");
        publisher = new Publisher(OutputGuard.forProject(project, List.of(project.resolve("packs"))), BuildLog.silent());
    }

    @Test
    void refuses_the_project_root() {
        String message = refusedEverywhere(project);
        assertTrue(message.contains("it is the project itself"), message);
    }

    @Test
    void refuses_a_folder_that_holds_the_project() {
        String message = refusedEverywhere(work);
        assertTrue(message.contains("it holds the project " + project), message);
    }

    @Test
    void refuses_the_project_through_a_relative_path_as_cd_site_and_aqp_site_dot_dot_gave_it() {
        String message = refusedEverywhere(project.resolve("site/.."));
        assertTrue(message.contains("it is the project itself"), message);
    }

    @Test
    void refuses_a_symbolic_link_to_the_project() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("shortcut"), project);
        String message = refusedEverywhere(link);
        assertTrue(message.contains("it is the project itself"), message);
    }

    @Test
    void refuses_a_folder_that_holds_git() throws IOException {
        Path other = work.resolve("other");
        Files.createDirectories(other.resolve(".git"));
        String message = refusedEverywhere(other);
        assertTrue(message.contains("it holds .git, like a project"), message);
    }

    @Test
    void refuses_a_folder_that_holds_a_pom_even_with_the_marker() throws IOException {
        Path module = work.resolve("module");
        Files.createDirectories(module);
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Files.write(module.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        String message = refusedEverywhere(module);
        assertTrue(message.contains("it holds pom.xml, like a project"), message);
    }

    @Test
    void refuses_a_folder_that_holds_packs() throws IOException {
        Path fork = work.resolve("fork");
        Files.createDirectories(fork.resolve("packs/national"));
        String message = refusedEverywhere(fork);
        assertTrue(message.contains("it holds packs/"), message);
    }

    @Test
    void refuses_the_packs_folder_the_build_reads() {
        String message = refusedEverywhere(project.resolve("packs"));
        assertTrue(message.contains("it is " + project.resolve("packs") + ", which the build reads"), message);
    }

    @Test
    void refuses_a_folder_that_is_not_empty_and_has_no_marker_and_says_what_to_do() throws IOException {
        Path mine = work.resolve("mine");
        Files.createDirectories(mine.resolve("sub"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        Files.write(mine.resolve("sub/data.bin"), new byte[] {0, 1, 2, (byte) 255});
        String message = refusedEverywhere(mine);
        assertEquals("refusing to use " + mine + " as an output folder: it is not empty and the toolkit did not make "
                + "it (it has no .aqp-output file). Nothing was written there; choose a new or empty folder, or delete this "
                + "one yourself if nothing in it is needed (a folder left by a toolkit older than this check has no "
                + ".aqp-output either: delete it, for example with mvn clean).", message);
    }

    @Test
    void refuses_a_symbolic_link_the_toolkit_did_not_make() throws IOException {
        Path elsewhere = Files.createDirectories(work.resolve("www"));
        Path link = Files.createSymbolicLink(work.resolve("site"), elsewhere);
        String message = refusedEverywhere(link);
        assertTrue(message.contains("it is a symbolic link the toolkit did not make (to " + elsewhere + ")"), message);
    }

    @Test
    void refuses_a_file() throws IOException {
        Path file = Files.writeString(work.resolve("site.html"), "<p>mine</p>");
        String message = refusedEverywhere(file);
        assertTrue(message.contains("it is a file, not a folder"), message);
    }

    @Test
    void accepts_a_new_folder_and_marks_it() {
        Path site = project.resolve("target/site");
        publisher.replaceFolder(site, content(Map.of("index.html", "home")));
        assertEquals(Map.of("index.html", "home"), published(site));
        assertTrue(Files.isRegularFile(site.resolve(OutputGuard.MARKER)));
    }

    @Test
    void accepts_an_empty_folder() throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty"));
        publisher.replaceFolder(empty, content(Map.of("index.html", "home")));
        assertEquals(Map.of("index.html", "home"), published(empty));
        Path reports = Files.createDirectories(work.resolve("reports"));
        publisher.publish(reports, Map.of("diagnostics.json", bytes("[]")));
        assertTrue(Files.isRegularFile(reports.resolve(OutputGuard.MARKER)));
        Path preview = Files.createDirectories(work.resolve("preview"));
        publisher.sync(preview, content(Map.of("index.html", "home")));
        assertEquals(Map.of("index.html", "home"), published(preview));
    }

    @Test
    void accepts_a_folder_it_made_even_as_a_real_folder_and_moves_it_behind_a_link() throws IOException {
        Path real = Files.createDirectories(work.resolve("old-site"));
        Files.write(real.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        Files.writeString(real.resolve("index.html"), "old");
        publisher.replaceFolder(real, content(Map.of("index.html", "new")));
        assertEquals(Map.of("index.html", "new"), published(real));
        assertTrue(Files.isSymbolicLink(real));
        assertEquals(List.of(), OutputFolders.leftovers(real));
    }

    /**
     * Tries every writer on {@code target}; each must refuse with the same message and leave every
     * file of the temporary folder byte for byte as it was. Returns the message.
     */
    private String refusedEverywhere(Path target) {
        Map<String, String> before = snapshot(work);
        List<Consumer<Path>> writers = List.of(
                t -> publisher.replaceFolder(t, content(Map.of("index.html", "site"))),
                t -> publisher.publish(t, Map.of("diagnostics.json", bytes("[]"))),
                t -> publisher.sync(t, content(Map.of("index.html", "site"))));
        String first = null;
        for (Consumer<Path> writer : writers) {
            String message = assertThrows(ToolingException.class, () -> writer.accept(target)).getMessage();
            if (first == null) {
                first = message;
            }
            assertEquals(first, message);
            assertEquals(before, snapshot(work), "nothing touched");
        }
        assertTrue(first.startsWith("refusing to use "), first);
        assertTrue(first.contains("Nothing was written there; "), first);
        return first;
    }
}
