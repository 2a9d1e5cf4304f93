package uk.nhs.aqp.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.render.RenderRequest;
import uk.nhs.aqp.core.render.RenderResult;

/**
 * Makes the publishable documents of every pack: the full implementation pack, the service
 * specification, the KPI schedule, the currency and tariff document, the qualification
 * questionnaire and the patient choice sheet, each as HTML and PDF in
 * {@code target/aqp/docs/<pack-id>/}. Validates first and stops if the packs are not valid. A
 * template error or (at {@code failOn=warning}) an Asciidoctor warning fails the build and leaves
 * the previous documents in place.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class RenderMojo extends BuildGoal {

    /** Skips this goal alone; {@code aqp.skip} skips it too. */
    @Parameter(property = "aqp.render.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The project's templates folder. A file in its {@code adoc/} subfolder replaces the built-in
     * document template, partial, PDF theme ({@code nhs-theme.yml}) or stylesheet
     * ({@code document.css}) of the same name; anything not there comes from the plugin. A file
     * that is a link leading outside the project is refused ({@code template.link-outside}).
     * The folder need not exist.
     */
    @Parameter(property = "aqp.templates", defaultValue = "${project.basedir}/templates")
    private File templates;

    /**
     * Also make PDFs. {@code false} makes HTML only, for a quick preview.
     */
    @Parameter(property = "aqp.pdf", defaultValue = "true")
    private boolean pdf;

    /**
     * Where converted documents are kept between builds: a document whose inputs (its generated
     * AsciiDoc, the format, theme, stylesheet and images, the toolkit and AsciidoctorJ versions)
     * hash to a key already in this folder is copied, not converted again. A CI can point it at a
     * folder it keeps between runs; several jobs may share it. {@code off} keeps nothing between
     * builds.
     */
    @Parameter(property = "aqp.cache", defaultValue = "${user.home}/.cache/aqp-toolkit/render")
    private String cache;

    /**
     * The size, in megabytes, the render cache is pruned to after each render, least recently used
     * documents first.
     */
    @Parameter(property = "aqp.cache.maxMegabytes", defaultValue = "2048")
    private long cacheMaxMegabytes;

    /**
     * How many documents are converted at once (sharing one Asciidoctor). {@code 0} uses every
     * core.
     */
    @Parameter(property = "aqp.threads", defaultValue = "0")
    private int threads;

    /**
     * Renders only shard {@code K} of {@code N} of the documents, into the cache, and leaves the
     * documents folder as it was: {@code N} CI jobs with {@code -Daqp.shard=1/N} ...
     * {@code -Daqp.shard=N/N} and one shared {@code aqp.cache} fill the cache, and a last job without
     * a shard builds everything from cache hits. Unset: render everything.
     */
    @Parameter(property = "aqp.shard")
    private String shard;

    /**
     * {@code warm}: convert through a warm converter, a JVM of its own that keeps Asciidoctor and the
     * PDF gems loaded between builds (found in {@code target/aqp/converter}, started by the first
     * build that needs it, stopped after {@code converterIdleMinutes} without a build), so a build
     * that changed one pack does not start JRuby again. {@code in-build}: convert in the build's own
     * JVM. Unset: {@code warm}, except when the environment variable {@code CI} is set, where each
     * build is the only one on its machine. Either way the documents are the same bytes.
     */
    @Parameter(property = "aqp.converter")
    private String converter;

    /** How many minutes the warm converter waits for the next build before it stops. */
    @Parameter(property = "aqp.converter.idleMinutes", defaultValue = "15")
    private int converterIdleMinutes;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("render", skipAll, skip, "aqp.render.skip")) {
            return;
        }
        ValidateRequest validate = validateRequest();
        Severity severity = validate.failOn();
        RenderRequest render = new RenderRequest(root.toPath(), outputDirectory.toPath(),
                Optional.ofNullable(templates).map(File::toPath), pdf, severity, Parameters.threads("threads", threads),
                Parameters.renderCache("cache", cache, cacheMaxMegabytes), Parameters.shard("shard", shard))
                .withWarmConverter(Parameters.warmConverter("converter", converter, System.getenv("CI"),
                        outputDirectory.toPath().resolve("converter"), converterIdleMinutes));
        MavenBuildLog log = new MavenBuildLog(getLog());
        try (Toolkit toolkit = Toolkit.open(validate)) {
            ValidationResult validated = validated(toolkit, validate, log);
            if (validated.failed()) {
                throw new MojoFailureException("Pack validation failed with " + validated.summary()
                        + "; no documents were made. Each problem is listed above with its file:line:column");
            }
            RenderResult result = toolkit.render(render, validated, log);
            if (result.failed()) {
                throw new MojoFailureException("Rendering failed with " + result.summary() + " (failOn="
                        + severity.label() + "); the previous documents are unchanged. Each problem is listed above");
            }
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:render could not run: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw outOfMemory("aqp:render", e);
        }
    }
}
