package uk.nhs.aqp.core.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.PackComparison;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;

/** Two versions of a national pack compare in the terms adaptations use: keys, and items by id. */
class PackComparisonTest {

    @TempDir
    Path project;

    @Test
    void differences_are_named_by_item_id_not_position() throws Exception {
        Path before = project.resolve("v1");
        Path after = project.resolve("v2");
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs/national/demo"), before);
        TestPaths.copyTree(before, after);
        Path kpis = after.resolve("kpis.yaml");
        String text = Files.readString(kpis, StandardCharsets.UTF_8);
        // the national pack reorders its KPIs and changes one target: only the target is a difference
        int second = text.indexOf("  - id: DM-KPI-02");
        String reordered = "kpis:\n" + text.substring(second) + text.substring("kpis:\n".length(), second);
        Files.writeString(kpis, reordered.replace("      value: 95", "      value: 97"), StandardCharsets.UTF_8);
        Path spec = after.resolve("specification.yaml");
        Files.writeString(spec, Files.readString(spec, StandardCharsets.UTF_8)
                .replace("  exclusions:\n", "  exclusions:\n    - id: DM-EX-02\n      criterion: Adults in hospital.\n"
                        + "      redirectTo: The ward team.\n"), StandardCharsets.UTF_8);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            PackComparison c = toolkit.compare(project, before, after);
            assertEquals(List.of(), c.diagnostics());
            assertEquals(List.of(
                    "changed kpis/kpis/DM-KPI-01/target/value: [-95-]{+97+}",
                    "added   specification/scope/exclusions/DM-EX-02: Id: DM-EX-02; Criterion: Adults in hospital.; "
                            + "Refer instead to: The ward team."),
                    c.differences().stream().map(TreeDiff.Difference::describe).toList());
        }
    }

    @Test
    void a_changed_text_shows_its_versions_figures_not_the_citation_braces() throws Exception {
        Path before = project.resolve("v1");
        Path after = project.resolve("v2");
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs/national/demo"), before);
        Path spec = before.resolve("specification.yaml");
        Files.writeString(spec, Files.readString(spec, StandardCharsets.UTF_8)
                .replace("    - Adults.\n", "    - Adults aged {{age.min}} or over.\n")
                .replace("    - Assess the patient.\n", "    - Assess adults aged {{age.min}} or over.\n"),
                StandardCharsets.UTF_8);
        TestPaths.copyTree(before, after);
        // the new version lowers the age and rewords the population; the component text is unchanged
        Path newSpec = after.resolve("specification.yaml");
        Files.writeString(newSpec, Files.readString(newSpec, StandardCharsets.UTF_8)
                .replace("      min: 18\n", "      min: 16\n")
                .replace("Adults aged {{age.min}} or over.", "People aged {{age.min}} or over."),
                StandardCharsets.UTF_8);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            PackComparison c = toolkit.compare(project, before, after);
            assertEquals(List.of(), c.diagnostics());
            assertEquals(List.of(
                    "changed specification/scope/population: - [-Adults-] aged [-18-] or over. -> - {+People+} aged {+16+} or over.",
                    "changed specification/scope/eligibility/age/min: [-18-]{+16+}"),
                    c.differences().stream().map(TreeDiff.Difference::describe).toList());
        }
    }

    @Test
    void a_folder_that_does_not_exist_is_reported_not_compared_as_six_removed_files() throws Exception {
        Path before = project.resolve("v1");
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs/national/demo"), before);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            PackComparison c = toolkit.compare(project, before, project.resolve("v2-typo"));
            assertEquals(List.of(), c.differences());
            assertEquals(List.of("v2-typo: error: [pack.compare-folder-missing] there is no folder here, so nothing was"
                    + " compared"), c.diagnostics().stream().map(d -> d.format()).toList());
        }
    }
}
