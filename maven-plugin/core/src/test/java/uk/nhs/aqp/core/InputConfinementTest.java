package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.publish.DiagnosticReports;

/**
 * Tier 2: nothing outside the project (or the folders the build is given) is read. Links, named
 * pipes and permissions cannot live in git, so each case is made in a temporary folder: a link
 * that leads outside, wherever it sits on the way, is reported at the link's project-relative
 * path, and neither the text behind it nor where it leads appears in any diagnostic or report.
 */
class InputConfinementTest {

    /** What the file outside the project holds: it must never appear in what the build prints. */
    private static final String SECRET = "S3CRET-token-never-to-be-printed-0123456789abcdef";
    private static final String LINK_OUTSIDE = "error: [pack.link-outside] a link to a place outside the project;"
            + " the toolkit reads nothing outside the project and the folders it is given, so nothing behind this link was read";

    private static Toolkit toolkit;

    @TempDir
    Path work;

    private Path project;
    private Path outside;
    private final List<Path> locked = new ArrayList<>();

    @BeforeAll
    static void open() {
        toolkit = Toolkit.open(Optional.empty());
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    @BeforeEach
    void projectAndAPlaceOutsideIt() throws IOException {
        project = work.resolve("project");
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        outside = Files.createDirectories(work.resolve("beyond-q9z"));
        Files.writeString(outside.resolve("token.txt"), SECRET + "\n");
    }

    @AfterEach
    void unlock() throws IOException {
        for (Path p : locked) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void a_pack_file_linked_outside_the_project_is_refused_at_the_link() throws IOException {
        Path kpis = project.resolve("packs/national/demo/kpis.yaml");
        Files.delete(kpis);
        link(kpis, outside.resolve("token.txt"));
        assertEquals(List.of("packs/national/demo/kpis.yaml: " + LINK_OUTSIDE), validate());
    }

    @Test
    void a_pack_folder_linked_outside_the_project_is_refused_and_not_entered() throws IOException {
        Path demo = project.resolve("packs/national/demo");
        Path copy = outside.resolve("demo");
        TestPaths.copyTree(demo, copy);
        Files.writeString(copy.resolve("kpis.yaml"), SECRET);
        TestPaths.deleteTree(demo);
        link(demo, copy);
        assertEquals(List.of("packs/national/demo: " + LINK_OUTSIDE), validate());
    }

    @Test
    void a_commissioner_folder_linked_outside_the_project_is_refused() throws IOException {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("local_unchanged_adoption_is_valid/packs"),
                project.resolve("packs"));
        Path commissioner = project.resolve("packs/local/test-ccg");
        Path copy = outside.resolve("test-ccg");
        TestPaths.copyTree(commissioner, copy);
        Files.writeString(copy.resolve("commissioner.yaml"), "id: " + SECRET + "\n");
        TestPaths.deleteTree(commissioner);
        link(commissioner, copy);
        assertEquals(List.of("packs/local/test-ccg: " + LINK_OUTSIDE), validate());
    }

    @Test
    void a_standard_folder_linked_outside_the_project_is_refused() throws IOException {
        Path standard = project.resolve("packs/standard");
        Files.createDirectories(outside.resolve("standard"));
        Files.writeString(outside.resolve("standard/qualification-questionnaire.yaml"), SECRET);
        TestPaths.deleteTree(standard);
        link(standard, outside.resolve("standard"));
        assertEquals(List.of("packs/standard: " + LINK_OUTSIDE), validate());
    }

    @Test
    void a_packs_folder_that_is_a_link_outside_the_project_is_refused() throws IOException {
        Path packs = project.resolve("packs");
        TestPaths.copyTree(packs, outside.resolve("packs"));
        Files.writeString(outside.resolve("packs/national/demo/kpis.yaml"), SECRET);
        TestPaths.deleteTree(packs);
        link(packs, outside.resolve("packs"));
        assertEquals(List.of("packs: " + LINK_OUTSIDE), validate());
    }

    @Test
    void a_packs_folder_under_a_parent_folder_linked_outside_is_refused_at_the_parent() throws IOException {
        TestPaths.copyTree(project.resolve("packs"), outside.resolve("data/packs"));
        Files.writeString(outside.resolve("data/packs/national/demo/kpis.yaml"), SECRET);
        link(project.resolve("data"), outside.resolve("data"));
        assertEquals(List.of("data: " + LINK_OUTSIDE),
                validate(ValidateRequest.forProject(project).withPacks(project.resolve("data/packs"))));
    }

    @Test
    void a_link_inside_the_project_is_followed_but_a_link_out_behind_it_is_refused() throws IOException {
        Path demo = project.resolve("packs/national/demo");
        Path elsewhere = project.resolve("shared/demo");
        TestPaths.copyTree(demo, elsewhere);
        TestPaths.deleteTree(demo);
        link(demo, Path.of("../../shared/demo"));
        assertEquals(List.of(), validate(), "a link that stays inside the project is read like the folder it names");

        Files.delete(elsewhere.resolve("kpis.yaml"));
        link(elsewhere.resolve("kpis.yaml"), outside.resolve("token.txt"));
        assertEquals(List.of("packs/national/demo/kpis.yaml: " + LINK_OUTSIDE), validate(),
                "the link out is named where the packs folder reaches it");
    }

    @Test
    void a_packs_folder_named_outside_the_project_is_read_as_the_users_choice() throws IOException {
        Path packs = outside.resolve("elsewhere/packs");
        TestPaths.copyTree(project.resolve("packs"), packs);
        ValidationResult result = toolkit.validate(ValidateRequest.forProject(project).withPacks(packs),
                BuildLog.silent());
        assertEquals(List.of(), result.diagnostics());
        assertEquals(1, result.packs().size());
    }

    @Test
    void a_link_to_nothing_is_reported_once_as_a_broken_link() throws IOException {
        Path kpis = project.resolve("packs/national/demo/kpis.yaml");
        Files.delete(kpis);
        link(kpis, Path.of("kpis-old.yaml"));
        assertEquals(List.of("packs/national/demo/kpis.yaml: error: [pack.broken-link] a link to something that does"
                + " not exist (or to a loop of links), so nothing was read here"), validate());
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // not a timing assertion: opening a named pipe would hang for ever
    void a_named_pipe_named_like_a_pack_file_is_reported_and_never_opened() throws Exception {
        Path kpis = project.resolve("packs/national/demo/kpis.yaml");
        Files.delete(kpis);
        Process mkfifo = new ProcessBuilder("mkfifo", kpis.toString()).redirectErrorStream(true).start();
        assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo to make a named pipe");
        assertEquals(List.of("packs/national/demo/kpis.yaml: error: [pack.not-a-file] this is a named pipe (FIFO),"
                + " not a regular file, so it was not read"), validate());
    }

    @Test
    void an_unreadable_file_is_reported_once_with_its_project_path() throws IOException {
        Path kpis = project.resolve("packs/national/demo/kpis.yaml");
        lock(kpis);
        assertEquals(List.of("packs/national/demo/kpis.yaml: error: [yaml.unreadable] cannot read the file"
                + " (permission denied)"), validate());
    }

    @Test
    void an_unreadable_folder_is_reported_with_its_project_path_and_no_stack_trace() throws IOException {
        lock(project.resolve("packs/national/demo"));
        assertEquals(List.of("packs/national/demo: error: [pack.unreadable-folder] cannot open this folder"
                + " (permission denied), so nothing in it was checked"), validate());
    }

    @Test
    void diff_refuses_a_pack_file_linked_outside_the_project() throws IOException {
        Path after = project.resolve("next/demo");
        TestPaths.copyTree(project.resolve("packs/national/demo"), after);
        Files.delete(after.resolve("kpis.yaml"));
        link(after.resolve("kpis.yaml"), outside.resolve("token.txt"));
        PackComparison comparison = toolkit.compare(project, project.resolve("packs/national/demo"), after);
        List<String> printed = comparison.diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(List.of("next/demo/kpis.yaml: " + LINK_OUTSIDE), printed);
        assertNothingLeaks(String.join("\n", printed) + comparison.differences());
    }

    /** Validates the project, checks that nothing from outside leaked into any output, returns the printed lines. */
    private List<String> validate() throws IOException {
        return validate(ValidateRequest.forProject(project));
    }

    private List<String> validate(ValidateRequest request) throws IOException {
        ValidationResult result = toolkit.validate(request, BuildLog.silent());
        List<String> printed = result.diagnostics().stream().map(Diagnostic::format).toList();
        Path reports = request.outputDirectory();
        assertNothingLeaks(String.join("\n", printed)
                + Files.readString(reports.resolve(DiagnosticReports.JSON_FILE), StandardCharsets.UTF_8)
                + Files.readString(reports.resolve(DiagnosticReports.SARIF_FILE), StandardCharsets.UTF_8));
        return printed;
    }

    private void assertNothingLeaks(String output) {
        assertFalse(output.contains(SECRET.substring(0, 12)), "the text behind a link leaked:\n" + output);
        assertFalse(output.contains(outside.toString()), "where a link leads leaked:\n" + output);
        assertFalse(output.contains(outside.getFileName().toString()), "where a link leads leaked:\n" + output);
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
    }

    /** Takes every permission away; skipped as root, whom permissions do not stop. */
    private void lock(Path path) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")),
                "runs as root, who can read whatever the permissions say: nothing to test");
        assumeTrue(path.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        locked.add(path);
        assumeFalse(Files.isReadable(path), "this user can still read " + path + " without permission");
    }
}
