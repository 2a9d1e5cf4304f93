package uk.nhs.aqp.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.bundle.BundleRequest;
import uk.nhs.aqp.core.bundle.BundleResult;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Writes the machine-readable bundle of every pack: validates the packs first (as
 * {@code aqp:validate} does) and, only if they pass, replaces the bundle folder, with the zip
 * {@code <bundleName>-<version>.zip} inside it, which is attached to the project (classifier
 * {@code bundle}, type {@code zip}) so that {@code mvn install} and {@code mvn deploy} publish it.
 * The bundle holds each pack resolved into one JSON document, the JSON Schemas, CSV tables with
 * Frictionless Table Schemas, an Excel workbook of the same tables, and {@code datapackage.json}
 * listing every file with its size and SHA-256 hash. A failed build leaves the previous bundle and
 * zip untouched. The packs, schemas, failOn, root and reports parameters are those of
 * {@code aqp:validate}.
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BundleMojo extends BuildGoal {

    /**
     * The bundle folder, replaced as a whole on every run, with the zip inside it. It must be new,
     * empty or made by the toolkit (it holds {@code .aqp-output}); any other folder is refused and
     * left untouched.
     */
    @Parameter(property = "aqp.bundle.output", defaultValue = "${project.build.directory}/aqp/bundle", required = true)
    private File bundleDirectory;

    /**
     * The bundle's name: the {@code name} in {@code datapackage.json}, the workbook
     * {@code <bundleName>.xlsx} and the zip {@code <bundleName>-<version>.zip}. Lower-case letters,
     * digits, dots, hyphens and underscores.
     */
    @Parameter(property = "aqp.bundle.name", defaultValue = BundleRequest.DEFAULT_NAME, required = true)
    private String bundleName;

    /**
     * The bundle's title in {@code datapackage.json} and the workbook.
     */
    @Parameter(property = "aqp.bundle.title", defaultValue = BundleRequest.DEFAULT_TITLE, required = true)
    private String title;

    /**
     * The organisation that publishes the bundle, named as publisher in {@code datapackage.json}
     * and as the workbook's author. A commissioner publishing its own bundle names itself.
     */
    @Parameter(property = "aqp.bundle.publisher", defaultValue = BundleRequest.DEFAULT_PUBLISHER, required = true)
    private String publisher;

    /**
     * The bundle's version, in {@code datapackage.json} and the zip's name.
     */
    @Parameter(property = "aqp.bundle.version", defaultValue = "${project.version}", required = true)
    private String version;

    /**
     * The publication time: the bundle's published date, and the time stamped on every zip entry
     * and in the workbook, so that two builds of the same commit are byte-identical. An ISO 8601
     * date and time with an offset, or seconds since 1970. Set it with the project property
     * {@code project.build.outputTimestamp}; when that is not set, the date of the newest changelog
     * entry of any pack is used (never the clock), with a warning.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** Skips this goal alone; {@code aqp.skip} skips it too. */
    @Parameter(property = "aqp.bundle.skip", defaultValue = "false")
    private boolean skip;

    /** The project the bundle's zip is attached to. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("bundle", skipAll, skip, "aqp.bundle.skip")) {
            return;
        }
        BundleRequest request = request();
        BundleResult result;
        try (Toolkit toolkit = Toolkit.open(request.validation())) {
            MavenBuildLog log = new MavenBuildLog(getLog());
            result = toolkit.bundle(request, validated(toolkit, request.validation(), log), log);
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:bundle could not run: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw outOfMemory("aqp:bundle", e);
        }
        if (!result.written()) {
            throw new MojoFailureException("Pack validation failed with " + result.validation().summary()
                    + " (failOn=" + request.validation().failOn().label() + "), so no bundle was written and the "
                    + "previous one is untouched; each problem is listed above with its file:line:column");
        }
        projectHelper.attachArtifact(project, "zip", "bundle", result.zip().orElseThrow().toFile());
    }

    private BundleRequest request() throws MojoExecutionException {
        ValidateRequest validation = validateRequest();
        try {
            return new BundleRequest(validation, bundleDirectory.toPath(), bundleName, title, version, publisher,
                    BundleRequest.outputTimestamp(outputTimestamp));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("aqp:bundle is misconfigured: " + e.getMessage(), e);
        }
    }
}
