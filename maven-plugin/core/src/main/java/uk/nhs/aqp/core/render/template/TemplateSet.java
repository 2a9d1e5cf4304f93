package uk.nhs.aqp.core.render.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ProjectPaths;

/**
 * The document templates and assets of one build: the built-in ones packaged in the core jar
 * under {@code aqp/templates/adoc/}, each replaced by a file of the same name in the project's
 * own {@code <templates>/adoc/} folder when there is one. Knows where each file came from, so a
 * template error names the file the author can open.
 */
public final class TemplateSet {

    static final String BUILT_IN = "aqp/templates/adoc";
    private static final String BUILT_IN_DISPLAY = "built-in:templates/adoc/";

    /** The non-template files the PDF theme and the HTML pages use. */
    public static final String THEME = "nhs-theme.yml";
    public static final String STYLESHEET = "document.css";
    private static final List<String> BUILT_IN_ASSETS = List.of(THEME, "draft-watermark.svg", STYLESHEET);

    private final Optional<Path> overrides;
    private final ProjectPaths paths;

    private TemplateSet(Optional<Path> overrides, ProjectPaths paths) {
        this.overrides = overrides;
        this.paths = paths;
    }

    /**
     * @param templatesDirectory the project's templates folder (holding {@code adoc/}); absent or
     *        missing means built-in templates only
     */
    public static TemplateSet of(Optional<Path> templatesDirectory, ProjectPaths paths) {
        return new TemplateSet(templatesDirectory.map(d -> d.resolve("adoc")).filter(Files::isDirectory), paths);
    }

    TemplateLoader loader() {
        List<TemplateLoader> loaders = new ArrayList<>();
        overrides.ifPresent(dir -> {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new ToolingException("cannot read templates folder " + dir + ": " + e.getMessage(), e);
            }
        });
        loaders.add(new ClassTemplateLoader(TemplateSet.class.getClassLoader(), BUILT_IN));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** The path printed in diagnostics for template {@code name}: the project's file, or the built-in one. */
    public String display(String name) {
        return override(name).map(paths::display).orElse(BUILT_IN_DISPLAY + name);
    }

    /** Every asset file (theme, images, stylesheet) by name, the project's replacing the built-in ones. */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> assets = new TreeMap<>();
        for (String name : BUILT_IN_ASSETS) {
            assets.put(name, builtIn(name));
        }
        overrides.ifPresent(dir -> {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (!name.endsWith(".ftl")) {
                        assets.put(name, Files.readAllBytes(f));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return assets;
    }

    private Optional<Path> override(String name) {
        return overrides.map(dir -> dir.resolve(name).normalize())
                .filter(f -> f.startsWith(overrides.get()) && Files.isRegularFile(f));
    }

    private static byte[] builtIn(String name) {
        try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(BUILT_IN + "/" + name)) {
            if (in == null) {
                throw new ToolingException(BUILT_IN + "/" + name + " is missing from the core jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ToolingException("cannot read built-in " + name + ": " + e.getMessage(), e);
        }
    }
}
