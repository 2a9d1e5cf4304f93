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
 * Accepts upstream drift after you have reviewed it: for each selected adaptation, records the
 * current national value in every change's {@code was} and moves {@code base.version} to the
 * national version, editing only those lines so comments and layout survive. An adaptation whose
 * target no longer exists upstream is left untouched and the goal fails, naming it.
 */
@Mojo(name = "rebase", threadSafe = true)
public class RebaseMojo extends ProjectGoal {

    /** Only this commissioner's adaptations. Unset: every commissioner's. */
    @Parameter(property = "aqp.commissioner")
    private String commissioner;

    /** Only adaptations of this national pack. Unset: adaptations of every pack. */
    @Parameter(property = "aqp.pack")
    private String pack;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        AdaptRequest request = new AdaptRequest(readRequest(), Optional.ofNullable(commissioner),
                Optional.ofNullable(pack));
        MaintenanceResult result;
        try (Toolkit toolkit = Toolkit.open(request.validation())) {
            result = toolkit.rebase(request, new MavenBuildLog(getLog()));
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:rebase could not run: " + e.getMessage(), e);
        }
        Parameters.report(getLog(), result, "aqp:rebase");
    }
}
