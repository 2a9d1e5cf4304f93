package uk.nhs.aqp.core.render.template;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's output format for AsciiDoc: templates named {@code *.adoc.ftl} use it, and every
 * {@code ${...}} is escaped by {@link AsciidocEscaper} unless the template explicitly says
 * otherwise ({@code ?no_esc}). Pack text therefore reaches AsciiDoc as text, never as markup.
 */
public final class AsciidocOutputFormat extends CommonMarkupOutputFormat<TemplateAsciidocOutputModel> {

    public static final AsciidocOutputFormat INSTANCE = new AsciidocOutputFormat();

    private AsciidocOutputFormat() {
    }

    @Override
    public String getName() {
        return "AsciiDoc";
    }

    @Override
    public String getMimeType() {
        return "text/asciidoc";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(AsciidocEscaper.escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return AsciidocEscaper.escape(plainTextContent);
    }

    /** No legacy escaping built-in ({@code ?html}, {@code ?xml}) may pass AsciiDoc markup through. */
    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateAsciidocOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new TemplateAsciidocOutputModel(plainTextContent, markupContent);
    }
}
