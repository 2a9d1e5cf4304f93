package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Decides whether the toolkit may write into a folder, before anything is touched. It writes only
 * into a folder it made itself (one holding the marker file {@value #MARKER}), or into a new or
 * empty one, which it then marks; never into the project, a folder holding the project or one of
 * the build's inputs, or a folder that looks like a project ({@code .git}, {@code pom.xml}).
 * Whatever a parameter says, a refusal is a {@link ToolingException} naming the folder, why it is
 * refused and what to do.
 *
 * @param projectRoot the project the build is for
 * @param inputs folders the build reads (the packs, the templates, the documents and bundle the site
 *     copies in): no output may be one of them or hold one
 */
public record OutputGuard(Path projectRoot, List<Path> inputs) {

    /** The file in every output folder the toolkit made; it says so, and that the toolkit replaces it. */
    public static final String MARKER = ".aqp-output";

    /** Fixed text, no date or version, so that two builds of the same input stay byte-identical. */
    static final byte[] MARKER_TEXT = ("This folder was made by the AQP toolkit (aqp-maven-plugin), which replaces it\n"
            + "as a whole on every build. Keep nothing of your own here: the next build removes it.\n")
            .getBytes(StandardCharsets.UTF_8);

    /** What only a project, never an output of the toolkit, holds. */
    private static final List<String> PROJECT_FILES = List.of(".git", "pom.xml");

    public OutputGuard {
        projectRoot = absolute(Objects.requireNonNull(projectRoot, "projectRoot"));
        inputs = inputs.stream().map(OutputGuard::absolute).toList();
    }

    /** A guard for a project and the folders its build reads. */
    public static OutputGuard forProject(Path projectRoot, List<Path> inputs) {
        return new OutputGuard(projectRoot, inputs);
    }

    /**
     * Throws unless the toolkit may write into {@code folder}: it does not exist, or it is empty, or
     * the toolkit made it, and it is not (and does not hold) the project or an input.
     *
     * @throws ToolingException naming the folder, why it is refused and what to do
     */
    public void check(Path folder) {
        Path target = absolute(folder);
        Path real = real(target);
        if (target.equals(projectRoot) || real.equals(real(projectRoot))) {
            throw refused(target, "it is the project itself", "choose a folder of its own for the output, "
                    + "such as one under target/");
        }
        if (projectRoot.startsWith(target) || real(projectRoot).startsWith(real)) {
            throw refused(target, "it holds the project " + projectRoot, "choose a folder of its own for the output, "
                    + "such as one under target/");
        }
        for (Path input : inputs) {
            if (input.startsWith(target) || real(input).startsWith(real)) {
                throw refused(target, (input.equals(target) ? "it is " : "it holds ") + input
                        + ", which the build reads", "choose a folder of its own for the output");
            }
        }
        if (Files.isSymbolicLink(target) && !VersionedFolder.isOwnLink(target)) {
            throw refused(target, "it is a symbolic link the toolkit did not make (to " + linkTarget(target) + ")",
                    "remove the link yourself or choose another folder");
        }
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw refused(target, "it is a file, not a folder", "choose a folder");
        }
        List<String> project = PROJECT_FILES.stream().filter(n -> Files.exists(target.resolve(n), LinkOption.NOFOLLOW_LINKS))
                .toList();
        if (!project.isEmpty()) {
            throw refused(target, "it holds " + String.join(" and ", project) + ", like a project",
                    "choose a new or empty folder for the output");
        }
        if (!isMarked(target) && !isEmpty(target)) {
            boolean packs = Files.isDirectory(target.resolve("packs"), LinkOption.NOFOLLOW_LINKS);
            throw refused(target, "it is not empty and the toolkit did not make it (it has no " + MARKER + " file)"
                    + (packs ? " and it holds packs/" : ""), "choose a new or empty folder, or delete this one "
                    + "yourself if nothing in it is needed (a folder left by a toolkit older than this check has no "
                    + MARKER + " either: delete it, for example with mvn clean)");
        }
    }

    /** True if {@code folder} holds the marker, the toolkit's proof that it made the folder. */
    static boolean isMarked(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes the marker into a folder this guard accepted. */
    static void mark(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER);
        if (!isMarked(folder)) {
            Files.write(marker, MARKER_TEXT);
        }
    }

    /** Relative to the project root when inside it, else absolute; always with {@code /}. */
    String display(Path path) {
        Path abs = absolute(path);
        String text = (abs.startsWith(projectRoot) ? projectRoot.relativize(abs) : abs).toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    private static ToolingException refused(Path folder, String why, String whatToDo) {
        return new ToolingException("refusing to use " + folder + " as an output folder: " + why
                + ". Nothing was written there; " + whatToDo + ".");
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ToolingException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** The real path of the nearest folder that exists, with the rest of the path after it. */
    private static Path real(Path path) {
        List<String> rest = new ArrayList<>();
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName().toString());
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            Path out = existing.toRealPath();
            for (String name : rest) {
                out = out.resolve(name);
            }
            return out;
        } catch (IOException e) {
            return path;
        }
    }
}
