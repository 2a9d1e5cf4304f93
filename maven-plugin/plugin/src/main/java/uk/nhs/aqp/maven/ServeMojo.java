package uk.nhs.aqp.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.site.PreviewSession;
import uk.nhs.aqp.core.site.SiteRequest;

/**
 * Previews the website while you edit: builds it, serves it on {@code http://localhost:8080/}
 * (this computer only), watches the packs and templates folders, rebuilds what a change touches
 * and reloads the open page. A broken file shows its problems at the top of every page instead of
 * stopping. Stop with Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends SiteGoal {

    /** The port to serve on, on 127.0.0.1 only. */
    @Parameter(property = "aqp.port", defaultValue = "8080")
    private int port;

    @Override
    public void execute() throws MojoExecutionException {
        SiteRequest request = siteRequest(Severity.ERROR);
        try (Toolkit toolkit = Toolkit.open(request.validation());
                PreviewSession session = toolkit.preview(request, port, new MavenBuildLog(getLog()))) {
            session.awaitClose();
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:serve could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
