package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names the toolkit gives an output folder {@code <name>} and its hidden siblings. Each build
 * writes a new version {@code .<name>.aqp-<token>} beside the folder; the folder itself is a
 * symbolic link to the current version (relative, so the project can move), replaced in one
 * atomic rename by a link first made as {@code .<name>.aqp-<token>.link}. Where links are not
 * available the folder is a real one, and the previous one waits as {@code .<name>.aqp-<token>.old}
 * while the new one moves in. Nothing else is ever given these names, so a sibling with one of
 * them (and, for a folder, the marker inside) was made by the toolkit.
 */
final class VersionedFolder {

    static final String LINK_SUFFIX = ".link";
    static final String OLD_SUFFIX = ".old";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN = "\\.aqp-[a-z0-9]+";

    private final Path target;
    private final Pattern own;
    private final Pattern legacy;

    VersionedFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
        String name = Pattern.quote(this.target.getFileName().toString());
        this.own = Pattern.compile("\\." + name + TOKEN + "(" + Pattern.quote(LINK_SUFFIX) + "|"
                + Pattern.quote(OLD_SUFFIX) + ")?");
        this.legacy = Pattern.compile("\\." + name + "-[a-z0-9]+\\.tmp");
    }

    Path target() {
        return target;
    }

    /** A new version's name beside the target. */
    Path newVersion() {
        return sibling("");
    }

    /** Where a real folder waits while its replacement moves in. */
    Path newAside() {
        return sibling(OLD_SUFFIX);
    }

    /** The temporary name of the link that will replace the target. */
    static Path linkFor(Path version) {
        return version.resolveSibling(version.getFileName() + LINK_SUFFIX);
    }

    /** The version the target links to, if it is the toolkit's link. */
    Optional<Path> current() {
        if (!isOwnLink(target)) {
            return Optional.empty();
        }
        try {
            return Optional.of(target.resolveSibling(Files.readSymbolicLink(target)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True if {@code path} is a link the toolkit made: to a sibling with a version's name. */
    static boolean isOwnLink(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return false;
        }
        try {
            Path to = Files.readSymbolicLink(path);
            return to.getNameCount() == 1 && new VersionedFolder(path).isVersion(to.toString());
        } catch (IOException e) {
            return false;
        }
    }

    /** The siblings with one of the toolkit's names (current version included), sorted. */
    List<Path> siblings() throws IOException {
        return matching(own);
    }

    /** Hidden copies an older toolkit left beside the target ({@code .<name>-<random>.tmp}, no marker). */
    List<Path> legacyLeftovers() throws IOException {
        return matching(legacy);
    }

    boolean isVersion(String fileName) {
        return own.matcher(fileName).matches() && !fileName.endsWith(LINK_SUFFIX) && !fileName.endsWith(OLD_SUFFIX);
    }

    private List<Path> matching(Pattern pattern) throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(p -> pattern.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private Path sibling(String suffix) {
        String token = Long.toUnsignedString(RANDOM.nextLong(), 36);
        return target.resolveSibling("." + target.getFileName() + ".aqp-" + token + suffix);
    }
}
