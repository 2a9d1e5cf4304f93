package uk.nhs.aqp.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.Origin;

/**
 * Looks at each input before anything reads it and reports, once and at the entry's
 * project-relative path, why one cannot be read: a link that leads outside the project
 * ({@code pack.link-outside}) or nowhere ({@code pack.broken-link}), a named pipe, socket, device
 * or folder where a file belongs ({@code pack.not-a-file}), a folder that cannot be listed
 * ({@code pack.unreadable-folder}). Never quotes what a link points at.
 */
public final class InputGuard {

    private final ProjectBoundary boundary;
    private final ProjectPaths paths;
    private final DiagnosticSink sink;

    public InputGuard(ProjectBoundary boundary, ProjectPaths paths, DiagnosticSink sink) {
        this.boundary = boundary;
        this.paths = paths;
        this.sink = sink;
    }

    /** What is at {@code path}, without opening it. */
    public ProjectBoundary.Entry inspect(Path path) {
        return boundary.inspect(path);
    }

    /**
     * True if {@code entry} is a regular file that may be read. Otherwise reports why not, except
     * when nothing is there at all: whether that matters is the caller's to say.
     */
    public boolean isFile(ProjectBoundary.Entry entry) {
        switch (entry.kind()) {
            case FILE:
                return true;
            case FOLDER:
                sink.report("pack.not-a-file", origin(entry.path()), "a folder");
                return false;
            case SPECIAL:
                sink.report("pack.not-a-file", origin(entry.path()), entry.detail());
                return false;
            case UNREADABLE:
                sink.report("yaml.unreadable", origin(entry.path()), entry.detail());
                return false;
            case MISSING:
                return false;
            default:
                refuse(entry);
                return false;
        }
    }

    /**
     * True if {@code entry} is a folder that may be listed. Otherwise reports why not (a file or
     * special file there is unexpected, with {@code unexpected} saying what belongs there), except
     * when nothing is there at all.
     */
    public boolean isFolder(ProjectBoundary.Entry entry, String unexpected) {
        switch (entry.kind()) {
            case FOLDER:
                return true;
            case FILE:
            case SPECIAL:
                sink.report("pack.unexpected-file", origin(entry.path()), unexpected);
                return false;
            case UNREADABLE:
                sink.report("pack.unreadable-folder", origin(entry.path()), entry.detail());
                return false;
            case MISSING:
                return false;
            default:
                refuse(entry);
                return false;
        }
    }

    /**
     * The entries of a folder, sorted; empty (and reported) if the folder cannot be listed, or can
     * be listed but not entered (then nothing in it could be read either: one diagnostic says so).
     */
    public Optional<List<Path>> list(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> entries = listing.sorted().toList();
            if (!entries.isEmpty()) {
                Files.readAttributes(entries.get(0), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
            return Optional.of(entries);
        } catch (IOException e) {
            sink.report("pack.unreadable-folder", origin(folder), ProjectBoundary.reason(e));
        } catch (UncheckedIOException e) {
            sink.report("pack.unreadable-folder", origin(folder), ProjectBoundary.reason(e.getCause()));
        }
        return Optional.empty();
    }

    /** Reports a link that leads outside the boundary, or nowhere, at the link's own path. */
    private void refuse(ProjectBoundary.Entry entry) {
        String rule = entry.kind() == ProjectBoundary.Kind.OUTSIDE ? "pack.link-outside" : "pack.broken-link";
        sink.report(rule, origin(entry.culprit()));
    }

    private Origin origin(Path path) {
        return Origin.ofFile(paths.display(path));
    }
}
