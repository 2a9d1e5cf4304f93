package uk.nhs.aqp.maven;

import java.time.LocalDate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.MaintenanceResult;
import uk.nhs.aqp.core.NewPackRequest;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Scaffolds a new national pack: {@code packs/national/<pack>/} with its six files (pack.yaml,
 * kpis.yaml, specification.yaml, currency.yaml, qualification.yaml, patient-choice.yaml), each
 * naming its schema for editors, with a commented example of each optional field. The pack is a
 * draft, valid as it stands; every value to write starts with {@code TODO:}, and each build warns
 * at every one left ({@code pack.placeholder}). Makes the folder itself or writes nothing: a folder
 * already there fails the goal, naming it.
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends PacksGoal {

    /** The new pack's id and folder name, lower-case words joined by hyphens, e.g. {@code adult-hearing}. */
    @Parameter(property = "aqp.pack", required = true)
    private String pack;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        NewPackRequest request = new NewPackRequest(root.toPath(), packs.toPath(), Parameters.slug("pack", pack),
                LocalDate.now());
        MaintenanceResult result;
        try {
            result = Toolkit.scaffoldPack(request);
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:new could not run: " + e.getMessage(), e);
        }
        if (result.refused()) {
            throw new MojoFailureException("aqp:new: " + String.join("; ", result.report()));
        }
        result.report().forEach(getLog()::info);
    }
}
