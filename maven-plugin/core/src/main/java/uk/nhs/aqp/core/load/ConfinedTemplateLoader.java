package uk.nhs.aqp.core.load;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A FreeMarker loader for a project's own templates folder that reads only inside the project:
 * each template (and each file it includes or imports) is looked at through the
 * {@link ProjectBoundary} before it is opened. A template that is a link leading outside, or lies
 * in a linked folder that does, stops the lookup with {@link LinkOutsideException}, which the
 * renderer reports at the link; anything else that is not a regular file (missing, a broken link,
 * a named pipe) is passed over, so the next loader's built-in template of that name is used.
 */
public final class ConfinedTemplateLoader implements TemplateLoader {

    /** A template or asset is a link that leads outside the project; names the link, never its target. */
    public static final class LinkOutsideException extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Path link;

        LinkOutsideException(Path link, String shown) {
            super(shown + " is a link to a place outside the project, so it was not read");
            this.link = link;
        }

        /** The link to name: the template itself, or the linked folder it lies in. */
        public Path link() {
            return link;
        }
    }

    private final Path folder;
    private final ProjectBoundary boundary;
    private final ProjectPaths paths;

    public ConfinedTemplateLoader(Path folder, ProjectBoundary boundary, ProjectPaths paths) {
        this.folder = folder.toAbsolutePath().normalize();
        this.boundary = boundary;
        this.paths = paths;
    }

    /** The file {@code name} in the folder if it may be read; empty if there is none to read; throws for a link out. */
    public Optional<Path> file(String name) throws LinkOutsideException {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder)) {
            return Optional.empty();
        }
        ProjectBoundary.Entry entry = boundary.inspect(file);
        if (entry.kind() == ProjectBoundary.Kind.OUTSIDE) {
            throw new LinkOutsideException(entry.culprit(), paths.display(entry.culprit()));
        }
        return entry.kind() == ProjectBoundary.Kind.FILE ? Optional.of(file) : Optional.empty();
    }

    /** The names in the folder, sorted; throws if the folder itself is, or lies in, a link out. */
    public List<String> names() throws IOException {
        ProjectBoundary.Entry entry = boundary.inspect(folder);
        if (entry.kind() == ProjectBoundary.Kind.OUTSIDE) {
            throw new LinkOutsideException(entry.culprit(), paths.display(entry.culprit()));
        }
        if (entry.kind() != ProjectBoundary.Kind.FOLDER) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return file(name).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, Charset.forName(encoding));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing held open between calls
    }
}
