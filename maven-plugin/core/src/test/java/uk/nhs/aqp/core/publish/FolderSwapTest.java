package uk.nhs.aqp.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static uk.nhs.aqp.core.publish.OutputFolders.content;
import static uk.nhs.aqp.core.publish.OutputFolders.leftovers;
import static uk.nhs.aqp.core.publish.OutputFolders.published;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Swapping an output folder: at every instant the whole old or the whole new output is in place,
 * whichever step fails or wherever the build is killed; what an interrupted build left is tidied by
 * the next one; an old output that cannot be removed is a warning, not a failure.
 */
class FolderSwapTest {

    private static final Map<String, String> OLD = Map.of("index.html", "old", "packs/a/index.html", "old a",
            "packs/b/index.html", "old b");
    private static final Map<String, String> NEW = Map.of("index.html", "new", "packs/a/index.html", "new a",
            "data/x.zip", "zip");

    @TempDir
    Path work;

    private final OutputFolders.Lines log = new OutputFolders.Lines();

    private Publisher publisher(FileSteps steps) {
        return new Publisher(OutputGuard.forProject(work.resolve("project"), List.of()), log, steps);
    }

    @Test
    void a_build_killed_at_any_step_of_the_swap_leaves_the_old_or_the_new_output_complete_in_place() {
        for (int step = 0; ; step++) {
            Path site = work.resolve("killed-at-" + step).resolve("site");
            publisher(FileSteps.REAL).replaceFolder(site, content(OLD));
            Stopping killed = Stopping.killedAt(step);
            runExpectingAnyOutcome(publisher(killed), site);
            Map<String, String> now = published(site);
            assertTrue(now.equals(OLD) || now.equals(NEW), "step " + step + ": " + now);
            publisher(FileSteps.REAL).replaceFolder(site, content(NEW));
            assertEquals(NEW, published(site));
            assertEquals(List.of(), leftovers(site), "the next build tidied what the killed one left");
            if (!killed.stopped) {
                break;
            }
        }
    }

    @Test
    void a_step_that_fails_leaves_the_old_or_the_new_output_complete_and_nothing_beside_it() {
        for (int step = 0; ; step++) {
            Path site = work.resolve("failed-at-" + step).resolve("site");
            publisher(FileSteps.REAL).replaceFolder(site, content(OLD));
            Stopping failing = Stopping.failingAt(step);
            runExpectingAnyOutcome(publisher(failing), site);
            Map<String, String> now = published(site);
            assertTrue(now.equals(OLD) || now.equals(NEW), "step " + step + ": " + now);
            if (now.equals(OLD)) {
                assertEquals(List.of(), leftovers(site), "step " + step);
            }
            if (!failing.stopped) {
                break;
            }
        }
    }

    @Test
    void without_symbolic_links_a_real_folder_is_swapped_and_a_killed_swap_is_put_back_by_the_next_build() {
        for (int step = 0; ; step++) {
            Path site = work.resolve("no-links-" + step).resolve("site");
            publisher(Stopping.withoutLinks(-1)).replaceFolder(site, content(OLD));
            assertFalse(Files.isSymbolicLink(site));
            Stopping killed = Stopping.withoutLinks(step);
            runExpectingAnyOutcome(publisher(killed), site);
            if (Files.exists(site)) {
                Map<String, String> now = published(site);
                assertTrue(now.equals(OLD) || now.equals(NEW), "step " + step + ": " + now);
            } else {
                assertEquals(Optional.of(OLD), aside(site).map(OutputFolders::published), "step " + step
                        + ": the old output waits complete beside the folder");
            }
            publisher(Stopping.withoutLinks(-1)).replaceFolder(site, content(NEW));
            assertEquals(NEW, published(site));
            assertEquals(List.of(), leftovers(site));
            if (!killed.stopped) {
                break;
            }
        }
        assertTrue(log.warnings().stream().anyMatch(w -> w.contains("which an interrupted build had left at ")),
                log.warnings().toString());
    }

    @Test
    void leftovers_of_an_interrupted_build_are_removed_by_the_next_but_only_those_it_can_prove_it_made()
            throws IOException {
        Path site = work.resolve("target/site");
        publisher(FileSteps.REAL).replaceFolder(site, content(OLD));
        Path target = site.getParent();
        Path staged = Files.createDirectories(target.resolve(".site.aqp-k1lled"));
        Files.write(staged.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        Files.writeString(staged.resolve("index.html"), "half");
        Files.createSymbolicLink(target.resolve(".site.aqp-k1lled.link"), Path.of(".site.aqp-k1lled"));
        Path unmarked = Files.createDirectories(target.resolve(".site.aqp-n0mark"));
        Files.writeString(unmarked.resolve("keep.txt"), "not provably the toolkit's");
        Path legacy = Files.createDirectories(target.resolve(".site-4bc.tmp"));
        Files.writeString(legacy.resolve("index.html"), "from an older toolkit");
        Path unrelated = Files.createDirectories(target.resolve(".cache"));

        publisher(FileSteps.REAL).replaceFolder(site, content(NEW));

        assertEquals(NEW, published(site));
        assertEquals(List.of(".cache", ".site-4bc.tmp", ".site.aqp-n0mark"), leftovers(site));
        assertTrue(Files.isDirectory(unrelated));
        assertEquals("not provably the toolkit's", Files.readString(unmarked.resolve("keep.txt")));
        assertTrue(log.warnings().stream().anyMatch(w -> w.contains(".site-4bc.tmp") && w.contains("delete it yourself")),
                log.warnings().toString());
    }

    @Test
    void an_old_output_that_cannot_be_removed_is_a_warning_saying_where_it_is_left() throws IOException {
        Path site = work.resolve("project/target/site");
        publisher(FileSteps.REAL).replaceFolder(site, content(OLD));
        Path old = site.resolveSibling(Files.readSymbolicLink(site));
        FileSteps readOnly = new Stopping(-1, false, true) {
            @Override
            public void deleteTree(Path folder) throws IOException {
                throw new AccessDeniedException(folder.resolve("packs/a/index.html").toString());
            }
        };

        publisher(readOnly).replaceFolder(site, content(NEW));

        assertEquals(NEW, published(site));
        assertEquals(OLD, published(old));
        assertEquals(List.of("WARN target/site is in place, but the previous output could not be removed (permission "
                + "denied: " + old.resolve("packs/a/index.html") + "); it is left at target/" + old.getFileName()
                + ". The next build tries again, or delete it yourself."), log.warnings());
        publisher(FileSteps.REAL).replaceFolder(site, content(NEW));
        assertFalse(Files.exists(old), "the next build removed it");
    }

    @Test
    void a_reader_following_the_folder_during_a_swap_never_sees_it_missing() throws IOException {
        Path site = work.resolve("site");
        publisher(FileSteps.REAL).replaceFolder(site, content(OLD));
        List<Map<String, String>> seen = new java.util.ArrayList<>();
        FileSteps watched = new Stopping(-1, false, true) {
            @Override
            public void rename(Path from, Path to) throws IOException {
                seen.add(published(site));
                super.rename(from, to);
                seen.add(published(site));
            }

            @Override
            public void deleteTree(Path folder) throws IOException {
                seen.add(published(site));
                super.deleteTree(folder);
            }
        };
        publisher(watched).replaceFolder(site, content(NEW));
        assertFalse(seen.isEmpty());
        for (Map<String, String> s : seen) {
            assertTrue(s.equals(OLD) || s.equals(NEW), s.toString());
        }
    }

    private void runExpectingAnyOutcome(Publisher publisher, Path site) {
        try {
            publisher.replaceFolder(site, content(NEW));
        } catch (ToolingException e) {
            assertTrue(e.getMessage().startsWith("cannot write "), e.getMessage());
        }
    }

    private static Optional<Path> aside(Path site) {
        try (Stream<Path> s = Files.list(site.getParent())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".old")).findFirst();
        } catch (IOException e) {
            fail(e);
            return Optional.empty();
        }
    }

    /**
     * The real steps, except that step number {@code at} (counting every call) fails; when
     * {@code killed}, every later step fails too, as nothing more happens once a build is killed.
     * Without links, making a link is unsupported, as on a file system that has none.
     */
    static class Stopping implements FileSteps {
        private final int at;
        private final boolean killed;
        private final boolean links;
        private int calls;
        boolean stopped;

        Stopping(int at, boolean killed, boolean links) {
            this.at = at;
            this.killed = killed;
            this.links = links;
        }

        static Stopping killedAt(int step) {
            return new Stopping(step, true, true);
        }

        static Stopping failingAt(int step) {
            return new Stopping(step, false, true);
        }

        static Stopping withoutLinks(int killedAt) {
            return new Stopping(killedAt, true, false);
        }

        private void step(String what) throws IOException {
            int n = calls++;
            if (n == at || (killed && stopped)) {
                stopped = true;
                throw new IOException("stopped at step " + n + " (" + what + ")");
            }
        }

        @Override
        public void link(Path link, Path target) throws IOException {
            if (!links) {
                throw new UnsupportedOperationException("no symbolic links here");
            }
            step("link");
            REAL.link(link, target);
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            step("rename");
            REAL.rename(from, to);
        }

        @Override
        public void deleteTree(Path folder) throws IOException {
            step("delete tree");
            REAL.deleteTree(folder);
        }

        @Override
        public void delete(Path path) throws IOException {
            step("delete");
            REAL.delete(path);
        }
    }
}
