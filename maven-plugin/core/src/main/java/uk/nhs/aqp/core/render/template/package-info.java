/**
 * FreeMarker to AsciiDoc: the locked-down configuration ({@link uk.nhs.aqp.core.render.template.AdocRenderer}),
 * the AsciiDoc output format whose auto-escaping keeps pack text from becoming markup
 * ({@link uk.nhs.aqp.core.render.template.AsciidocOutputFormat}, {@link uk.nhs.aqp.core.render.template.AsciidocEscaper}),
 * and the template set: built-in templates, each replaceable by a same-named file of the project
 * ({@link uk.nhs.aqp.core.render.template.TemplateSet}), read only inside the project
 * ({@code template.link-outside} for a link that leads elsewhere).
 *
 * <p>In: a data model of read-only records. Out: AsciiDoc text, or {@code template.*} diagnostics
 * naming the template file and line. Owns {@code template.*}. Must not depend on AsciidoctorJ,
 * pack loaders, validators or Maven.
 */
package uk.nhs.aqp.core.render.template;
