package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import uk.nhs.aqp.core.BuildLog;

/**
 * Replaces one output folder so that at every instant either the whole old or the whole new
 * output is in place (see {@link VersionedFolder} for the names). The new version is written
 * beside the folder; then the folder, a symbolic link, is pointed at it by one atomic rename of a
 * new link over the old. The first time, a real folder left by an earlier build is moved aside
 * and the link moved in (the one moment with nothing in place; an interrupted build's next run
 * puts the folder back). Where links are not available the folder stays real and is swapped by two
 * renames, with the same recovery. What an interrupted build left is tidied at the start of the
 * next one; what cannot be removed after a successful swap is a warning, never a failure.
 */
final class FolderSwap {

    private final VersionedFolder folder;
    private final FileSteps steps;
    private final OutputGuard guard;
    private final BuildLog log;
    /** A real folder moved aside and not (yet) moved back: never discard the new version while it waits. */
    private Path waitingAside;

    FolderSwap(Path target, FileSteps steps, OutputGuard guard, BuildLog log) {
        this.folder = new VersionedFolder(target);
        this.steps = steps;
        this.guard = guard;
        this.log = log;
    }

    /**
     * Before a build: puts back a folder an interrupted build left aside, then removes every
     * version and link the toolkit left beside the folder except the current one.
     */
    void tidy() throws IOException {
        Path target = folder.target();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            for (Path p : folder.siblings()) {
                if (p.getFileName().toString().endsWith(VersionedFolder.OLD_SUFFIX) && ownFolder(p)) {
                    steps.rename(p, target);
                    log.warn("Put back " + guard.display(target) + ", which an interrupted build had left at "
                            + guard.display(p));
                    break;
                }
            }
        }
        Optional<Path> current = folder.current();
        for (Path p : folder.siblings()) {
            if (current.isPresent() && current.get().equals(p)) {
                continue;
            }
            if (p.getFileName().toString().endsWith(VersionedFolder.LINK_SUFFIX) && Files.isSymbolicLink(p)) {
                remove(p, "an unused link an interrupted build left", false);
            } else if (ownFolder(p)) {
                remove(p, "an earlier output of " + guard.display(target), true);
            }
        }
        for (Path p : folder.legacyLeftovers()) {
            log.warn(guard.display(p) + " looks like a copy an older version of the toolkit left beside "
                    + guard.display(target) + ", but it has no " + OutputGuard.MARKER
                    + " file, so it is not removed: delete it yourself if you do not need it");
        }
    }

    /** Makes a new, marked, empty version beside the folder, to be filled and then committed. */
    Path stage() throws IOException {
        Path version = folder.newVersion();
        Path parent = version.getParent();
        if (!Files.exists(parent)) {
            // made here (e.g. target/aqp when the reports go elsewhere): marked, so a later build may write into it
            Files.createDirectories(parent);
            OutputGuard.mark(parent);
        }
        Files.createDirectory(version);
        OutputGuard.mark(version);
        return version;
    }

    /** Puts the filled {@code version} in place of the folder, then removes the previous one. */
    void commit(Path version) throws IOException {
        Path target = folder.target();
        Path link = VersionedFolder.linkFor(version);
        boolean linked;
        try {
            steps.link(link, version.getFileName());
            linked = true;
        } catch (UnsupportedOperationException | IOException e) {
            if (VersionedFolder.isOwnLink(target)) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
            linked = false;
        }
        Path moving = linked ? link : version;
        Path previous;
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            previous = swapRealFolder(moving, target);
        } else {
            previous = folder.current().orElse(null);
            steps.rename(moving, target);
        }
        if (previous != null) {
            remove(previous, "the previous output", true);
        }
    }

    /** Moves a real folder aside, then {@code moving} in its place; on failure moves the folder back. */
    private Path swapRealFolder(Path moving, Path target) throws IOException {
        Path aside = folder.newAside();
        steps.rename(target, aside);
        waitingAside = aside;
        try {
            steps.rename(moving, target);
        } catch (IOException e) {
            steps.rename(aside, target);
            waitingAside = null;
            throw e;
        }
        waitingAside = null;
        return aside;
    }

    /** After a failure: removes the new version and its link, unless the old folder still waits aside. */
    void discard(Path version) {
        try {
            if (Files.isSymbolicLink(VersionedFolder.linkFor(version))) {
                steps.delete(VersionedFolder.linkFor(version));
            }
            if (waitingAside == null && !version.equals(folder.current().orElse(null))) {
                steps.deleteTree(version);
            }
        } catch (IOException | RuntimeException e) {
            // the next build tidies it: it has the toolkit's name and marker
        }
    }

    private void remove(Path path, String what, boolean folderTree) {
        try {
            if (folderTree) {
                steps.deleteTree(path);
            } else {
                steps.delete(path);
            }
        } catch (IOException e) {
            log.warn(guard.display(folder.target()) + " is in place, but " + what + " could not be removed ("
                    + reason(e) + "); it is left at " + guard.display(path)
                    + ". The next build tries again, or delete it yourself.");
        }
    }

    private static boolean ownFolder(Path p) {
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && OutputGuard.isMarked(p);
    }

    /** An I/O failure in a few words: what happened, to which file. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return "a folder was not empty: " + d.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return String.valueOf(e.getMessage());
    }
}
