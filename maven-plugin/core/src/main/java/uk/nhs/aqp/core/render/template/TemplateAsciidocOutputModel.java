package uk.nhs.aqp.core.render.template;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of AsciiDoc markup held by FreeMarker; exempt from escaping because it already is markup. */
public final class TemplateAsciidocOutputModel extends CommonTemplateMarkupOutputModel<TemplateAsciidocOutputModel> {

    TemplateAsciidocOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public AsciidocOutputFormat getOutputFormat() {
        return AsciidocOutputFormat.INSTANCE;
    }
}
