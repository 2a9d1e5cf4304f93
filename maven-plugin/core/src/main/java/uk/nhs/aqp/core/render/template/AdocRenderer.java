package uk.nhs.aqp.core.render.template;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ConfinedTemplateLoader;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * Stage render, first half: FreeMarker turns the read-only model into AsciiDoc. One
 * {@link Configuration} per build, locked down: AsciiDoc output format with auto-escaping, no
 * class may be instantiated from a template ({@code ?new}), no {@code ?api}, exceptions rethrown
 * (never printed into the output). A template that does not parse or fails while running is a
 * {@code template.*} diagnostic naming its file and line, never a stack trace.
 */
public final class AdocRenderer {

    private final Configuration configuration;
    private final TemplateSet templates;

    public AdocRenderer(TemplateSet templates) {
        this.templates = templates;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(templates.loader());
        c.setDefaultEncoding("UTF-8");
        c.setLocalizedLookup(false);
        c.setRecognizeStandardFileExtensions(false);
        c.setOutputFormat(AsciidocOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setAttemptExceptionReporter((e, env) -> { });
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setLocale(Locale.UK);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setSharedVariable("longDate", new LongDateMethod());
        c.setSharedVariable("anchor", new AnchorMethod());
        try {
            c.setSharedVariable("words", Vocabulary.standard());
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("the vocabulary cannot be wrapped for templates", e);
        }
        this.configuration = c;
    }

    /**
     * Runs template {@code name} on {@code data}. On a template error, reports it and returns
     * empty; the other documents still render, so one run shows every broken template.
     */
    public Optional<String> render(String name, Map<String, Object> data, DiagnosticSink sink) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(data, out);
            return Optional.of(out.toString());
        } catch (TemplateNotFoundException e) {
            throw new ToolingException("template " + name + " is missing from the templates and the built-ins", e);
        } catch (ParseException e) {
            reportSyntax(e, name, sink);
        } catch (TemplateException e) {
            ParseException parse = parseCause(e);
            ConfinedTemplateLoader.LinkOutsideException outside = linkOutsideCause(e);
            if (outside != null) { // an #include or #import of a link out
                sink.report("template.link-outside", Origin.ofFile(templates.display(outside.link())));
            } else if (parse != null) {
                reportSyntax(parse, name, sink);
            } else {
                String source = Optional.ofNullable(e.getTemplateSourceName()).orElse(name);
                sink.report("template.error", origin(source, e.getLineNumber(), e.getColumnNumber()),
                        describe(e.getMessageWithoutStackTop()));
            }
        } catch (IOException e) {
            // FreeMarker remembers a failed lookup and rethrows it, wrapped, for the next document
            ConfinedTemplateLoader.LinkOutsideException outside = linkOutsideCause(e);
            if (outside == null) {
                throw new ToolingException("cannot read template " + name + ": " + e.getMessage(), e);
            }
            sink.report("template.link-outside", Origin.ofFile(templates.display(outside.link())));
        }
        return Optional.empty();
    }

    private void reportSyntax(ParseException e, String name, DiagnosticSink sink) {
        String source = Optional.ofNullable(e.getTemplateName()).orElse(name);
        sink.report("template.syntax", origin(source, e.getLineNumber(), e.getColumnNumber()),
                describe(e.getEditorMessage()));
    }

    private static ConfinedTemplateLoader.LinkOutsideException linkOutsideCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfinedTemplateLoader.LinkOutsideException outside) {
                return outside;
            }
        }
        return null;
    }

    private static ParseException parseCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException p) {
                return p;
            }
        }
        return null;
    }

    private Origin origin(String source, Integer line, Integer column) {
        return new Origin(templates.display(source), line == null ? 0 : line, column == null ? 0 : column, "");
    }

    /** FreeMarker's message without its tips and its own location, on one line. */
    static String describe(String message) {
        String text = message == null ? "" : message;
        int tips = text.indexOf("\n----");
        if (tips >= 0) {
            text = text.substring(0, tips);
        }
        text = text.replaceAll("\\s*\\[in template \"[^\"]*\"[^\\]]*\\]", "");
        return text.replaceAll("\\s+", " ").trim();
    }
}
