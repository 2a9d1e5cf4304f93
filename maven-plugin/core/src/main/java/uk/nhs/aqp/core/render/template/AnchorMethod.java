package uk.nhs.aqp.core.render.template;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Locale;

/**
 * {@code anchor("kpi", kpi.id)} in a template: a safe AsciiDoc element id such as
 * {@code kpi-ah-kpi-01}, made only of lower-case letters, digits and single hyphens, whatever the
 * item id holds. Returned as markup, since it needs no escaping.
 */
final class AnchorMethod implements TemplateMethodModelEx {

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        StringBuilder id = new StringBuilder();
        for (Object argument : arguments) {
            id.append('-').append(argument);
        }
        String safe = id.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return AsciidocOutputFormat.INSTANCE.fromMarkup(safe.isEmpty() || !Character.isLetter(safe.charAt(0))
                ? "x-" + safe : safe);
    }
}
