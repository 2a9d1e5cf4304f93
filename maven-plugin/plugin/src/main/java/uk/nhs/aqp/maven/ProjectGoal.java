package uk.nhs.aqp.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.load.LoadLimits;

/**
 * The parameters of every goal that reads the packs: the project and packs folder, and the schema
 * overrides. Holds no logic beyond building the request.
 */
abstract class ProjectGoal extends PacksGoal {

    /**
     * A folder of JSON Schema files that replace the built-in schemas of the same name (for
     * example {@code kpis.schema.json}); a file that is a link leading outside the project stops
     * the build. Unset: the built-in schemas.
     */
    @Parameter(property = "aqp.schemas")
    protected File schemas;

    /** The packs to read, with their reports going to {@code reports} and failing at {@code failOn}. */
    protected ValidateRequest request(File reports, Severity failOn) {
        return new ValidateRequest(root.toPath(), packs.toPath(), Optional.ofNullable(schemas).map(File::toPath),
                reports.toPath(), failOn, LoadLimits.DEFAULT);
    }

    /**
     * The packs to read for a goal that writes no reports (it scaffolds or prints): the toolkit
     * calls such goals make ({@code check}, {@code scaffoldAdaptation}, {@code rebase}) never write
     * the reports folder named here, and only errors stop them.
     */
    protected ValidateRequest readRequest() {
        return request(new File(root, "target/aqp"), Severity.ERROR);
    }
}
