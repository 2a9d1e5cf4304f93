package uk.nhs.aqp.core.render.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ConfinedTemplateLoader;
import uk.nhs.aqp.core.load.ProjectBoundary;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.source.Origin;

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
    private final Optional<ConfinedTemplateLoader> own;

    private TemplateSet(Optional<Path> overrides, ProjectBoundary boundary, ProjectPaths paths) {
        this.overrides = overrides;
        this.paths = paths;
        this.own = overrides.map(dir -> new ConfinedTemplateLoader(dir, boundary, paths));
    }

    /**
     * @param templatesDirectory the project's templates folder (holding {@code adoc/}); absent or
     *        missing means built-in templates only. Its files are read only inside the project (or
     *        inside the templates folder, when that is named outside the project).
     */
    public static TemplateSet of(Optional<Path> templatesDirectory, ProjectPaths paths) {
        return new TemplateSet(templatesDirectory.map(d -> d.resolve("adoc")).filter(Files::isDirectory),
                ProjectBoundary.of(paths.projectRoot(), templatesDirectory), paths);
    }

    TemplateLoader loader() {
        List<TemplateLoader> loaders = new ArrayList<>();
        own.ifPresent(loaders::add);
        loaders.add(new ClassTemplateLoader(TemplateSet.class.getClassLoader(), BUILT_IN));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** The path printed in diagnostics for template {@code name}: the project's file, or the built-in one. */
    public String display(String name) {
        return override(name).map(paths::display).orElse(BUILT_IN_DISPLAY + name);
    }

    /** The path printed in diagnostics for a file of the project. */
    String display(Path file) {
        return paths.display(file);
    }

    /**
     * Every asset file (theme, images, stylesheet) by name, the project's replacing the built-in
     * ones. A project file that is a link leading outside the project is reported as
     * {@code template.link-outside} and not read.
     */
    public Map<String, byte[]> assets(DiagnosticSink sink) {
        Map<String, byte[]> assets = new TreeMap<>();
        for (String name : BUILT_IN_ASSETS) {
            assets.put(name, builtIn(name));
        }
        if (own.isEmpty()) {
            return assets;
        }
        try {
            for (String name : own.get().names()) {
                if (name.endsWith(".ftl")) continue;
                try {
                    Optional<Path> file = own.get().file(name);
                    if (file.isPresent()) {
                        assets.put(name, Files.readAllBytes(file.get()));
                    }
                } catch (ConfinedTemplateLoader.LinkOutsideException e) {
                    sink.report("template.link-outside", Origin.ofFile(paths.display(e.link())));
                }
            }
        } catch (ConfinedTemplateLoader.LinkOutsideException e) {
            sink.report("template.link-outside", Origin.ofFile(paths.display(e.link())));
        } catch (IOException e) {
            throw new ToolingException("cannot read templates folder " + paths.display(overrides.get()) + ": "
                    + ProjectBoundary.reason(e), e);
        }
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
