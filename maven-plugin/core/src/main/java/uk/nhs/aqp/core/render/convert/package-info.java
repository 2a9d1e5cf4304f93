/**
 * AsciiDoc to HTML and PDF through AsciidoctorJ: the one shared engine of a build
 * ({@link uk.nhs.aqp.core.render.convert.AsciidoctorEngine}, SECURE safe mode, log captured per
 * thread), what converts on it ({@link uk.nhs.aqp.core.render.convert.Converter}: in the build's JVM,
 * {@link uk.nhs.aqp.core.render.convert.EngineConverter}, or in a warm one, package
 * {@code render.warm}), one class per output format ({@link uk.nhs.aqp.core.render.convert.HtmlFormat},
 * {@link uk.nhs.aqp.core.render.convert.PdfFormat}), and the theme assets they read. PDF also
 * runs the toolkit's one Ruby script, {@code aqp/pdf/keep-with-next.rb}, in the engine: it keeps
 * headings and block titles on the page of what follows them.
 *
 * <p>In: AsciiDoc text and the template set's assets. Out: bytes, and Asciidoctor's log records,
 * which the render stage turns into {@code adoc.*} diagnostics. Must not depend on FreeMarker,
 * loaders, validators or Maven; never writes into an output folder.
 */
package uk.nhs.aqp.core.render.convert;
