package uk.nhs.aqp.core.publish;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.nhs.aqp.core.BuildLog;

/** Shared by the publish tests: reading folders as a user sees them, and a log that keeps its lines. */
final class OutputFolders {

    private OutputFolders() {
    }

    /**
     * Every file under a folder, by relative path, as text; the folder may be the toolkit's link to
     * its current version. The marker is listed like any other file.
     */
    static Map<String, String> contents(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try {
            Path real = dir.toRealPath();
            try (Stream<Path> s = Files.walk(real)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    files.put(real.relativize(p).toString().replace('\\', '/'), Files.readString(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The contents without the marker, i.e. what the build published. */
    static Map<String, String> published(Path dir) {
        Map<String, String> files = new TreeMap<>(contents(dir));
        files.remove(OutputGuard.MARKER);
        return files;
    }

    /** Every entry under {@code dir}, links not followed, with each file's bytes as text: a snapshot to compare. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String key = dir.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    all.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    all.put(key, new String(Files.readAllBytes(p), UTF_8));
                } else {
                    all.put(key, "/");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The hidden entries beside {@code folder}, except the version it links to and the marker of the folder holding it. */
    static List<String> leftovers(Path folder) {
        try (Stream<Path> s = Files.list(folder.toAbsolutePath().getParent())) {
            Path current = Files.isSymbolicLink(folder) ? folder.resolveSibling(Files.readSymbolicLink(folder)) : null;
            return s.filter(p -> !p.equals(current)).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !n.equals(OutputGuard.MARKER)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    static Map<String, Content> content(Map<String, String> files) {
        Map<String, Content> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, Content.of(bytes(v))));
        return out;
    }

    /** A build log that keeps its lines, each prefixed with its level. */
    static final class Lines implements BuildLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(String message) {
            lines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            lines.add("WARN " + message);
        }

        @Override
        public void error(String message) {
            lines.add("ERROR " + message);
        }

        List<String> warnings() {
            return lines.stream().filter(l -> l.startsWith("WARN ")).toList();
        }
    }
}
