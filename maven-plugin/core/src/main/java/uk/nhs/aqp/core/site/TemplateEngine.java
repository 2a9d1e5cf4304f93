package uk.nhs.aqp.core.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ConfinedTemplateLoader;
import uk.nhs.aqp.core.load.ProjectBoundary;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.source.Origin;

/**
 * The one FreeMarker configuration of a build, for the site's templates: a same-named file in the
 * project's {@code <templates>/site/} folder wins over the template in the core jar
 * ({@code aqp/templates/site/}). {@code .ftlh} templates use the HTML output format with
 * auto-escaping and {@code .ftlx} the XML one, so no pack text can inject markup; templates cannot
 * create Java objects ({@code ?new} resolves nothing) or reach the API of the values they show.
 */
final class TemplateEngine {

    static final String JAR_FOLDER = "/aqp/templates/site";

    private final Configuration config;
    private final Optional<Path> overrides;
    private final Optional<ConfinedTemplateLoader> own;
    private final ProjectPaths paths;

    /**
     * @param templatesFolder the project's templates folder (its {@code site/} holds the overrides)
     * @param paths the project: overrides are read only inside it (or inside the templates folder
     *        when that is named outside it)
     */
    TemplateEngine(Optional<Path> templatesFolder, ProjectPaths paths) {
        this.overrides = templatesFolder.map(f -> f.resolve("site").toAbsolutePath().normalize()).filter(Files::isDirectory);
        this.paths = paths;
        ProjectBoundary boundary = ProjectBoundary.of(paths.projectRoot(), templatesFolder);
        this.own = overrides.map(o -> new ConfinedTemplateLoader(o, boundary, paths));
        this.config = configuration(loader(own));
    }

    /** The folder whose files override the built-in templates, if there is one. */
    Optional<Path> overrides() {
        return overrides;
    }

    /**
     * A file of the site folder copied as it is (a stylesheet, a script): the project's, else the
     * built-in one. Empty, and reported as {@code template.link-outside}, if the project's file is
     * a link that leads outside the project.
     */
    Optional<byte[]> file(String name, DiagnosticSink sink) {
        try {
            Optional<Path> file = own.isPresent() ? own.get().file(name) : Optional.empty();
            if (file.isPresent()) {
                return Optional.of(Files.readAllBytes(file.get()));
            }
            try (java.io.InputStream in = TemplateEngine.class.getResourceAsStream(JAR_FOLDER + "/" + name)) {
                if (in == null) {
                    throw new ToolingException("no " + name + " in " + JAR_FOLDER + overrides.map(o -> " or " + o).orElse(""));
                }
                return Optional.of(in.readAllBytes());
            }
        } catch (ConfinedTemplateLoader.LinkOutsideException e) {
            sink.report("template.link-outside", Origin.ofFile(paths.display(e.link())));
            return Optional.empty();
        } catch (IOException e) {
            throw new ToolingException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Forgets every parsed template, so edited files are read again. */
    void reload() {
        config.clearTemplateCache();
    }

    /** Renders one template; a broken template is reported as {@code site.template} and gives nothing. */
    /**
     * FreeMarker's message on one line, whole up to its tips: "The following has evaluated to null
     * or missing: ==> page.sumary [in template ...]" names the missing variable only on its second
     * line, so the first line alone would not say what to fix.
     */
    static String message(String freemarker) {
        List<String> kept = new java.util.ArrayList<>();
        for (String line : freemarker.lines().toList()) {
            String t = line.strip();
            if (t.startsWith("----") || t.startsWith("Tip:") || t.startsWith("FTL stack trace")) {
                break;
            }
            if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        return String.join(" ", kept);
    }

    Optional<byte[]> render(String template, Map<String, Object> model, DiagnosticSink sink) {
        try {
            Template t = config.getTemplate(template);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (ParseException e) {
            sink.report("site.template", where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    template), template, e.getEditorMessage());
        } catch (TemplateException e) {
            Optional<ConfinedTemplateLoader.LinkOutsideException> outside = linkOutside(e);
            if (outside.isPresent()) { // an #include or #import of a link out
                sink.report("template.link-outside", Origin.ofFile(paths.display(outside.get().link())));
                return Optional.empty();
            }
            sink.report("site.template", where(e.getTemplateSourceName(), lineOf(e.getLineNumber()),
                    lineOf(e.getColumnNumber()), template), template,
                    message(e.getMessageWithoutStackTop()));
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new ToolingException("no template " + template + " in " + JAR_FOLDER
                    + overrides.map(o -> " or " + o).orElse(""), e);
        } catch (IOException e) {
            // FreeMarker remembers a failed lookup and rethrows it, wrapped, for the next page
            Optional<ConfinedTemplateLoader.LinkOutsideException> outside = linkOutside(e);
            if (outside.isEmpty()) {
                throw new ToolingException("cannot read template " + template + ": " + e.getMessage(), e);
            }
            sink.report("template.link-outside", Origin.ofFile(paths.display(outside.get().link())));
        }
        return Optional.empty();
    }

    private static Optional<ConfinedTemplateLoader.LinkOutsideException> linkOutside(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfinedTemplateLoader.LinkOutsideException outside) {
                return Optional.of(outside);
            }
        }
        return Optional.empty();
    }

    /** The template file (the project's override, else the built-in one) and position of a problem. */
    private Origin where(String source, int line, int column, String template) {
        String name = source == null ? template : source;
        String file = overrides.map(o -> o.resolve(name)).filter(Files::isRegularFile).map(paths::display)
                .orElse("aqp/templates/site/" + name);
        return new Origin(file, Math.max(0, line), Math.max(0, column), "");
    }

    private static int lineOf(Integer n) {
        return n == null ? 0 : n;
    }

    private static TemplateLoader loader(Optional<ConfinedTemplateLoader> own) {
        TemplateLoader jar = new ClassTemplateLoader(TemplateEngine.class, JAR_FOLDER);
        return own.<TemplateLoader>map(o -> new MultiTemplateLoader(new TemplateLoader[] {o, jar})).orElse(jar);
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(loader);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(Locale.UK);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        c.setObjectWrapper(wrapper.build());
        return c;
    }
}
