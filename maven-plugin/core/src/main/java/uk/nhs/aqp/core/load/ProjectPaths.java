package uk.nhs.aqp.core.load;

import java.nio.file.Path;

/** Turns paths on disk into the project-relative, forward-slash paths printed in diagnostics. */
public record ProjectPaths(Path projectRoot) {

    public ProjectPaths {
        projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    /** Relative to the project root when inside it, else absolute; always with {@code /}. */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path shown = abs.startsWith(projectRoot) ? projectRoot.relativize(abs) : abs;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
