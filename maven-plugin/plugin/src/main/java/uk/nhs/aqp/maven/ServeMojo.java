package uk.nhs.aqp.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.bundle.BundleRequest;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.render.RenderRequest;
import uk.nhs.aqp.core.site.PreviewSession;
import uk.nhs.aqp.core.site.SiteRequest;

/**
 * Previews the website while you edit: builds it, serves it on {@code http://localhost:8080/}
 * (this computer only), watches the packs and templates folders, rebuilds what a change touches
 * and reloads the open page. After the pages, it brings the documents (from the render cache: only
 * what changed is converted) and the data downloads up to date and reloads again, so a page never
 * disagrees with its downloads. A broken file shows its problems at the top of every page instead
 * of stopping. Needs no earlier build. Stop with Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends SiteGoal {

    /** The port to serve on, on 127.0.0.1 only. */
    @Parameter(property = "aqp.port", defaultValue = "8080")
    private int port;

    /**
     * Keep the documents and the bundle up to date while serving. {@code false} serves whatever
     * the documents and bundle folders hold, for the quickest start.
     */
    @Parameter(property = "aqp.serve.documents", defaultValue = "true")
    private boolean documents;

    /** Also make PDFs while serving. {@code false} makes HTML documents only, which is quicker. */
    @Parameter(property = "aqp.pdf", defaultValue = "true")
    private boolean pdf;

    /** The render cache, as for {@code aqp:render}; {@code off} keeps nothing between builds. */
    @Parameter(property = "aqp.cache", defaultValue = "${user.home}/.cache/aqp-toolkit/render")
    private String cache;

    /** The size, in megabytes, the render cache is pruned to, as for {@code aqp:render}. */
    @Parameter(property = "aqp.cache.maxMegabytes", defaultValue = "2048")
    private long cacheMaxMegabytes;

    /** The version the preview's bundle carries. */
    @Parameter(defaultValue = "${project.version}", readonly = true)
    private String version;

    @Override
    public void execute() throws MojoExecutionException {
        SiteRequest request = siteRequest(Severity.ERROR);
        Optional<RenderRequest> render = Optional.empty();
        Optional<BundleRequest> data = Optional.empty();
        if (documents) {
            render = Optional.of(new RenderRequest(root.toPath(), docs.toPath().getParent(),
                    Optional.ofNullable(templates).map(File::toPath), pdf, Severity.ERROR, Parameters.threads("threads", 0),
                    Parameters.renderCache("cache", cache, cacheMaxMegabytes), Optional.empty()));
            if (!render.get().documentsDirectory().equals(docs.toPath())) {
                throw new MojoExecutionException("aqp:serve makes its documents in a folder named docs: set docs to "
                        + "<folder>/docs, or serve with -Daqp.serve.documents=false");
            }
            data = Optional.of(new BundleRequest(request.validation(), bundle.toPath(), BundleRequest.DEFAULT_NAME,
                    BundleRequest.DEFAULT_TITLE, version, BundleRequest.DEFAULT_PUBLISHER, Optional.empty()));
        }
        try (Toolkit toolkit = Toolkit.open(request.validation());
                PreviewSession session = toolkit.preview(request, render, data, port, new MavenBuildLog(getLog()))) {
            session.awaitClose();
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:serve could not run: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw outOfMemory("aqp:serve", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
