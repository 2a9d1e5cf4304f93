package uk.nhs.aqp.core.render.template;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code longDate(d)} in a template: {@code 20 December 2012}, the way NHS documents write dates. */
final class LongDateMethod implements TemplateMethodModelEx {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("longDate takes one date");
        }
        Object value = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        if (value instanceof LocalDate date) {
            return date.format(FORMAT);
        }
        throw new TemplateModelException("longDate takes a date, not " + value);
    }
}
