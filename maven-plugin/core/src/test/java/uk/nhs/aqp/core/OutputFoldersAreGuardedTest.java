package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.bundle.BundleRequest;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.render.RenderRequest;
import uk.nhs.aqp.core.site.SiteRequest;

/**
 * Every goal's output folder is guarded, whatever its parameter says: the reports, the documents,
 * the bundle, the site and the preview each refuse the project itself and a folder of the user's
 * own, before any work, and leave every file as it was.
 */
class OutputFoldersAreGuardedTest {

    @TempDir
    Path work;

    private static Toolkit toolkit;
    private Path project;
    private Path mine;
    private ValidationResult valid;

    @BeforeAll
    static void open() {
        toolkit = Toolkit.open(Optional.empty());
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    @BeforeEach
    void aProjectAndAFolderOfTheUsersOwn() throws IOException {
        project = work.resolve("fork");
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve(".git"));
        mine = Files.createDirectories(work.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        valid = toolkit.validate(ValidateRequest.forProject(project), BuildLog.silent());
        assertTrue(!valid.failed(), valid.diagnostics().toString());
    }

    @Test
    void the_reports_folder_is_guarded() {
        refusedForProjectAndOwnFolder(out -> toolkit.validate(reportsIn(out), BuildLog.silent()));
    }

    @Test
    void the_documents_folder_is_guarded() {
        refusedForProjectAndOwnFolder(out -> toolkit.render(RenderRequest.forProject(project).withOutput(out), valid,
                BuildLog.silent()));
    }

    @Test
    void the_bundle_folder_is_guarded() {
        refusedForProjectAndOwnFolder(out -> toolkit.bundle(new BundleRequest(ValidateRequest.forProject(project), out,
                BundleRequest.DEFAULT_NAME, BundleRequest.DEFAULT_TITLE, "1.0.0", BundleRequest.DEFAULT_PUBLISHER,
                Optional.empty()), valid, BuildLog.silent()));
    }

    @Test
    void the_site_folder_is_guarded() {
        refusedForProjectAndOwnFolder(out -> toolkit.site(site().withSiteDirectory(out), valid, BuildLog.silent()));
    }

    @Test
    void the_preview_folder_is_guarded() {
        refusedForProjectAndOwnFolder(out -> toolkit.preview(site().withSiteDirectory(out), 0, BuildLog.silent()).close());
    }

    @Test
    void the_site_may_not_hold_the_bundle_it_copies_in() {
        Path target = project.resolve("target");
        String message = assertThrows(ToolingException.class,
                () -> toolkit.site(site().withSiteDirectory(target), valid, BuildLog.silent())).getMessage();
        assertTrue(message.contains("it holds " + target.resolve("aqp/docs") + ", which the build reads"), message);
    }

    private SiteRequest site() {
        return SiteRequest.forProject(project, work.resolve("no-cache"));
    }

    private ValidateRequest reportsIn(Path out) {
        ValidateRequest defaults = ValidateRequest.forProject(project);
        return new ValidateRequest(project, defaults.packsDirectory(), Optional.empty(), out, defaults.failOn(),
                defaults.limits());
    }

    private void refusedForProjectAndOwnFolder(Consumer<Path> goal) {
        for (Path out : List.of(project, mine)) {
            Map<String, String> before = snapshot(work);
            String message = assertThrows(ToolingException.class, () -> goal.accept(out)).getMessage();
            assertTrue(message.startsWith("refusing to use " + out + " as an output folder: "), message);
            assertEquals(before, snapshot(work), "nothing touched");
        }
    }

    private static Map<String, String> snapshot(Path dir) {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                all.put(dir.relativize(p).toString(), Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        ? Files.readString(p) : "/");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
