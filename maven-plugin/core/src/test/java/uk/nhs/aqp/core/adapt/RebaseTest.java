package uk.nhs.aqp.core.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.AdaptRequest;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.MaintenanceResult;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.Diagnostic;

/**
 * The drift scenario end to end: the national pack moves on, validation warns with both values,
 * aqp:rebase records the new national values, and the warning is gone with the file's comments intact.
 */
class RebaseTest {

    private static final String ADAPTATION = """
            # Our local version of the demo pack.
            base:
              pack: demo
              version: 1.0.0   # reviewed in 2011
            changes:
              # the board agreed a lower target for the first year
              - op: set
                target: kpis/kpis/DM-KPI-01/target/value
                value: 85
                was: 90  # national value when we wrote this
                rationale: Local capacity in the first year.
              - op: replace
                target: specification/scope/exclusions/DM-EX-01
                value:
                  id: DM-EX-01
                  criterion: Children under 16.
                  redirectTo: Local children's service.
                was:
                  id: DM-EX-01
                  criterion: Kids.
                  redirectTo: Paediatric service.
                rationale: Our age boundary is 16.
              # an addition of our own: never drifts
              - op: add
                target: kpis/kpis
                value:
                  id: LOC-KPI-01
                  name: Local indicator
                  definition: Something local.
                  numerator: Local things.
                  denominator: All things.
                  target: {value: 50, unit: percent, direction: at-least, evidence: {basis: illustrative}}
                  frequency: quarterly
                  dataSource: Local system.
                  domain: safety
                rationale: A local priority.
            """;

    @TempDir
    Path project;

    @Test
    void drift_warns_then_rebase_clears_it_and_keeps_comments() throws Exception {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        TestPaths.copyTree(TestPaths.casesFolder().resolve("local_unchanged_adoption_is_valid/packs"),
                project.resolve("packs"));
        Path file = project.resolve("packs/local/test-ccg/demo/adaptation.yaml");
        Files.writeString(file, ADAPTATION, StandardCharsets.UTF_8);
        ValidateRequest validate = ValidateRequest.forProject(project);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            // the fixture keeps the national blanks and illustrative figures, which rebase does not touch
            List<Diagnostic> before = toolkit.validate(validate, BuildLog.silent()).diagnostics().stream()
                    .filter(d -> d.ruleId().equals("adapt.drift")).toList();
            assertEquals(List.of("adapt.drift", "adapt.drift"), before.stream().map(Diagnostic::ruleId).toList());
            assertTrue(before.get(0).message().contains("written against 90, national version 1.1.0 now has 95"),
                    before.get(0).message());
            assertEquals(10, before.get(0).line());

            MaintenanceResult rebased = toolkit.rebase(new AdaptRequest(validate, Optional.empty(), Optional.empty()),
                    BuildLog.silent());
            assertFalse(rebased.refused(), rebased.report().toString());

            ValidationResult after = toolkit.validate(validate, BuildLog.silent());
            assertEquals(List.of(), after.diagnostics().stream()
                    .filter(d -> d.ruleId().equals("adapt.drift")).toList());
            assertEquals(1, after.localPacks().size());
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String expected = ADAPTATION
                .replace("version: 1.0.0   # reviewed", "version: 1.1.0   # reviewed")
                .replace("was: 90  # national value", "was: 95  # national value")
                .replace("criterion: Kids.", "criterion: Children.");
        assertEquals(expected, text);
    }

    @Test
    void rebase_refuses_when_a_target_is_gone_upstream_and_leaves_the_file_alone() throws Exception {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        TestPaths.copyTree(TestPaths.casesFolder().resolve("local_drift_warns_with_both_values/packs"),
                project.resolve("packs"));
        Path file = project.resolve("packs/local/test-ccg/demo/adaptation.yaml");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            MaintenanceResult result = toolkit.rebase(new AdaptRequest(ValidateRequest.forProject(project),
                    Optional.of("test-ccg"), Optional.of("demo")), BuildLog.silent());
            assertTrue(result.refused());
            assertTrue(result.report().get(0).contains("specification/scope/components/DM-C-09"), result.report().toString());
        }
        assertEquals(original, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void rebase_moves_a_joint_member_onto_its_arrangement_and_the_drift_warning_goes() throws Exception {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        TestPaths.copyTree(TestPaths.casesFolder().resolve(
                "joint_drift_in_the_arrangement_warns_the_member_with_both_values/packs"), project.resolve("packs"));
        Path file = project.resolve("packs/local/member-a-ccg/demo/adaptation.yaml");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        ValidateRequest validate = ValidateRequest.forProject(project);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            assertTrue(drift(toolkit.validate(validate, BuildLog.silent())).contains("joint.drift"));
            MaintenanceResult result = toolkit.rebase(new AdaptRequest(validate, Optional.of("member-a-ccg"),
                    Optional.of("demo")), BuildLog.silent());
            assertFalse(result.refused(), result.report().toString());
            assertEquals(List.of("packs/local/member-a-ccg/demo/adaptation.yaml: rebased onto joint arrangement "
                    + "lead-ccg/demo 1.1.0; was updated for kpis/kpis/DM-KPI-01/target/value"), result.report());
            assertEquals("", drift(toolkit.validate(validate, BuildLog.silent())));
        }
        // only the two lines change; the comment and the member's own value stay
        assertEquals(original.replace("  version: 1.0.0\n", "  version: 1.1.0\n").replace("    was: 93\n", "    was: 92\n"),
                Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String drift(ValidationResult result) {
        return String.join("\n", result.diagnostics().stream().map(Diagnostic::format)
                .filter(d -> d.contains("drift") || d.contains("was-mismatch")).toList());
    }
}
