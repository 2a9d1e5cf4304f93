package uk.nhs.aqp.maven;

import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.AdaptRequest;
import uk.nhs.aqp.core.MaintenanceResult;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Scaffolds a local adaptation of a national pack: {@code packs/local/<commissioner>/commissioner.yaml}
 * (if absent) and {@code packs/local/<commissioner>/<pack>/adaptation.yaml} with the base pack and
 * version filled in and a commented example of each operation. Never overwrites a file.
 */
@Mojo(name = "adapt", threadSafe = true)
public class AdaptMojo extends ProjectGoal {

    /** The national pack to adapt, e.g. {@code adult-hearing}. */
    @Parameter(property = "aqp.pack", required = true)
    private String pack;

    /** The commissioner's id, e.g. {@code calderdale-ccg}: the folder under {@code packs/local/}. */
    @Parameter(property = "aqp.commissioner", required = true)
    private String commissioner;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        AdaptRequest request = new AdaptRequest(readRequest(),
                Optional.of(Parameters.slug("commissioner", commissioner)), Optional.of(Parameters.slug("pack", pack)));
        MaintenanceResult result;
        try (Toolkit toolkit = Toolkit.open(request.validation())) {
            result = toolkit.scaffoldAdaptation(request, new MavenBuildLog(getLog()));
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:adapt could not run: " + e.getMessage(), e);
        }
        Parameters.report(getLog(), result, "aqp:adapt");
    }
}
