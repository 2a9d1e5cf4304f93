package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.Diagnostic;

/**
 * Tier 2: aqp:adapt scaffolds an adaptation that is valid as it stands (an unchanged adoption), and
 * what only the commissioner knows is a placeholder the build warns about, never published silently.
 */
class AdaptationScaffoldTest {

    @TempDir
    Path project;

    @Test
    void scaffolded_adaptation_is_valid_and_warns_at_each_placeholder() throws IOException {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        ValidateRequest validate = ValidateRequest.forProject(project);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            MaintenanceResult scaffold = toolkit.scaffoldAdaptation(
                    new AdaptRequest(validate, Optional.of("new-ccg"), Optional.of("demo")), BuildLog.silent());
            assertFalse(scaffold.refused(), scaffold.report().toString());
            ValidationResult result = toolkit.validate(validate, BuildLog.silent());
            assertEquals(List.of("demo"), result.localPacks().stream().map(p -> p.id()).toList());
            assertEquals(List.of(
                    "packs/local/new-ccg/commissioner.yaml:4:7: warning: [pack.placeholder] /name: placeholder"
                            + " 'TODO: the commissioner's name as published' is still here; write the pack's own"
                            + " text in its place",
                    "packs/local/new-ccg/demo/adaptation.yaml:10:1: warning: [adapt.illustrative-figures] /base: 2"
                            + " national figures marked illustrative are published unchanged: DM-KPI-01 Seen within four"
                            + " weeks (at least 95%); DM-KPI-02 Complaints (at most 2)",
                    "packs/local/new-ccg/demo/adaptation.yaml:10:1: warning: [adapt.local-completion] /base: fields"
                            + " the national pack leaves for local completion are published as they are (2):"
                            + " Specification: commissioner lead; Specification: provider lead",
                    "packs/local/new-ccg/demo/adaptation.yaml:14:5: warning: [pack.placeholder] /summary/0:"
                            + " placeholder 'TODO: describe what is local about this service' is still here; write"
                            + " the pack's own text in its place"),
                    result.diagnostics().stream().map(Diagnostic::format).toList());
        }
    }
}
