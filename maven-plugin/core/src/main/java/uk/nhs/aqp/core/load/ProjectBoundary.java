package uk.nhs.aqp.core.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the toolkit may read: the project (the folder printed paths are relative to) and the
 * folders it was given (packs, schemas, templates). A path is judged by its real path
 * ({@link Path#toRealPath}), so a link is followed to where it finally ends, through links in
 * parent folders and links to links. A link that ends inside the project, or inside a given
 * folder, is read like the file or folder it names; one that ends anywhere else is refused and
 * nothing behind it is opened.
 *
 * <p>A given folder that lies inside the project must really be there: a {@code packs/} that is a
 * link to another place is refused like any other link. A folder named outside the project (for
 * example {@code -Daqp.packs=/srv/packs}) is the user's explicit choice and bounds itself.
 *
 * <p>Writing is stricter than reading: {@link #linkOnTheWay} finds any link between the project
 * and a file, wherever it leads.
 */
public final class ProjectBoundary {

    /** What is at a path, as far as reading it goes. */
    public enum Kind {
        /** A regular file inside the boundary. */
        FILE,
        /** A folder inside the boundary. */
        FOLDER,
        /** A named pipe, socket or device inside the boundary: never to be opened. */
        SPECIAL,
        /** A link (here or in a parent folder) that ends outside the boundary. */
        OUTSIDE,
        /** A link that ends nowhere (its target is missing, or links loop). */
        BROKEN_LINK,
        /** Nothing there. */
        MISSING,
        /** Cannot be looked at (permission denied on a folder on the way). */
        UNREADABLE
    }

    /**
     * What is at {@code path}.
     *
     * @param culprit the path to name in a message: for {@link Kind#OUTSIDE}, the first entry on
     *        the way that leads out (the link itself, or the linked parent folder); else {@code path}
     * @param detail for {@link Kind#SPECIAL} what it is ("a named pipe (FIFO)"), for
     *        {@link Kind#UNREADABLE} why ("permission denied"); else empty
     */
    public record Entry(Path path, Kind kind, Path culprit, String detail) {
    }

    private static final int FILE_TYPE = 0170000;

    /** The project root and the given folders outside it, absolute and normalised, deepest first. */
    private final List<Path> bases;
    /** The real paths of {@link #bases}: everything whose real path is under one of these is inside. */
    private final List<Path> roots;

    private ProjectBoundary(List<Path> bases, List<Path> roots) {
        this.bases = List.copyOf(bases);
        this.roots = List.copyOf(roots);
    }

    /** The project at {@code projectRoot} and the folders it was given (packs, schemas, templates). */
    public static ProjectBoundary of(Path projectRoot, List<Path> folders) {
        Path root = absolute(projectRoot);
        List<Path> bases = new ArrayList<>(List.of(root));
        for (Path folder : folders) {
            Path f = absolute(folder);
            if (!f.startsWith(root) && !bases.contains(f)) {
                bases.add(f);
            }
        }
        bases.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        return new ProjectBoundary(bases, bases.stream().map(ProjectBoundary::real).toList());
    }

    /** The project and one optional given folder. */
    public static ProjectBoundary of(Path projectRoot, Optional<Path> folder) {
        return of(projectRoot, folder.stream().toList());
    }

    /** Looks at {@code path} without opening it. */
    public Entry inspect(Path path) {
        Path abs = absolute(path);
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return missing(abs);
        } catch (IOException e) {
            return new Entry(abs, Kind.UNREADABLE, abs, reason(e));
        }
        Path real;
        try {
            real = abs.toRealPath();
        } catch (AccessDeniedException e) {
            return new Entry(abs, Kind.UNREADABLE, abs, reason(e));
        } catch (IOException e) {
            // the path exists, so a link on it leads nowhere: a missing target, or a loop
            return new Entry(abs, Kind.BROKEN_LINK, abs, "");
        }
        if (!inside(real)) {
            return new Entry(abs, Kind.OUTSIDE, firstOutside(abs), "");
        }
        BasicFileAttributes attributes = own;
        if (own.isSymbolicLink()) {
            try {
                attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return new Entry(abs, Kind.UNREADABLE, abs, reason(e));
            }
        }
        if (attributes.isDirectory()) return new Entry(abs, Kind.FOLDER, abs, "");
        if (attributes.isRegularFile()) return new Entry(abs, Kind.FILE, abs, "");
        return new Entry(abs, Kind.SPECIAL, abs, special(real));
    }

    /**
     * The first link between the project (or the given folder outside it that holds {@code file})
     * and {@code file}, the file itself included: the toolkit never writes through one, wherever
     * it leads. The project folder itself, and a given folder outside it, may be links.
     */
    public Optional<Path> linkOnTheWay(Path file) {
        Path abs = absolute(file);
        Path base = base(abs).orElse(abs.getRoot());
        Path current = base;
        for (Path name : base.relativize(abs)) {
            if (name.toString().isEmpty()) continue;
            current = current.resolve(name);
            if (Files.isSymbolicLink(current)) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    /** Why reading failed, in words and without the path: "permission denied". */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "it does not exist";
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            String reason = f.getReason().trim();
            return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return e.getClass().getSimpleName();
    }

    /** What a file that is neither a folder nor a regular file is, in words. */
    static String special(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer m) {
                switch (m & FILE_TYPE) {
                    case 0010000: return "a named pipe (FIFO)";
                    case 0140000: return "a socket";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view here: say no more than this
        }
        return "a special file (not a regular file or folder)";
    }

    /**
     * Nothing at {@code abs}; but if a parent folder on the way is a link that leads outside, say
     * that instead, so a missing file behind a link out is still a link out.
     */
    private Entry missing(Path abs) {
        Optional<Path> base = base(abs);
        Path parent = abs.getParent();
        if (base.isPresent() && parent != null && !abs.equals(base.get())) {
            Entry up = inspect(parent);
            if (up.kind() == Kind.OUTSIDE) {
                return new Entry(abs, Kind.OUTSIDE, up.culprit(), "");
            }
        }
        return new Entry(abs, Kind.MISSING, abs, "");
    }

    /** The first entry below its base whose real path is outside (or cannot be resolved). */
    private Path firstOutside(Path abs) {
        Optional<Path> base = base(abs);
        if (base.isEmpty() || abs.equals(base.get())) {
            return abs;
        }
        Path current = base.get();
        for (Path name : base.get().relativize(abs)) {
            current = current.resolve(name);
            try {
                if (!inside(current.toRealPath())) return current;
            } catch (IOException e) {
                return current;
            }
        }
        return abs;
    }

    private boolean inside(Path real) {
        return roots.stream().anyMatch(real::startsWith);
    }

    /** The deepest base that lexically holds {@code abs}. */
    private Optional<Path> base(Path abs) {
        return bases.stream().filter(abs::startsWith).findFirst();
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path; // nothing exists under a folder that does not exist
        }
    }
}
