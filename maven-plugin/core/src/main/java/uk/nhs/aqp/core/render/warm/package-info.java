/**
 * The warm converter: a JVM of its own, started by the first build that converts a document, that
 * keeps the Asciidoctor engine and the PDF gems loaded for the builds that follow, and stops after
 * some idle minutes. A build finds it through the file it writes in its folder
 * ({@code target/aqp/converter/converter.port}: loopback port, random token, process, identity).
 *
 * <p>In: {@link uk.nhs.aqp.core.render.warm.WarmConverters#connect}, from the render stage, with the
 * folder, the idle time and the build's own engine. Out: a
 * {@link uk.nhs.aqp.core.render.convert.Converter} that converts through the warm converter, or
 * the build's own engine when the warm one cannot be started or reached, or is lost half-way.
 * Must not: read or write outside the folder it is given and the assets folder each request names;
 * listen on anything but the loopback interface; answer a request without the token; give other
 * bytes than the build's own engine would.
 */
package uk.nhs.aqp.core.render.warm;
