package uk.nhs.aqp.core.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Variation;
import uk.nhs.aqp.core.source.FileKind;

/** Resolving local packs: content, variations, and where each resolved value was written. */
class LocalPackResolutionTest {

    private static Toolkit toolkit;

    @TempDir
    Path project;

    @BeforeAll
    static void open() {
        toolkit = Toolkit.open(Optional.empty());
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    private ValidationResult validateCase(String name) throws Exception {
        Path cases = TestPaths.casesFolder();
        TestPaths.copyTree(cases.resolve("_base/packs"), project.resolve("packs"));
        TestPaths.copyTree(cases.resolve(name + "/packs"), project.resolve("packs"));
        return toolkit.validate(ValidateRequest.forProject(project), BuildLog.silent());
    }

    @Test
    void an_adaptation_with_no_changes_resolves_to_exactly_the_national_content() throws Exception {
        ValidationResult result = validateCase("local_unchanged_adoption_is_valid");
        Pack national = result.packs().get(0);
        Pack local = result.localPacks().get(0);
        assertEquals(national.manifest(), local.manifest());
        assertEquals(national.kpis(), local.kpis());
        assertEquals(national.specification(), local.specification());
        assertEquals(national.currency(), local.currency());
        assertEquals(national.qualification(), local.qualification());
        assertEquals(national.patientChoice(), local.patientChoice());
        assertTrue(local.local().get().unchanged());
        assertEquals("test-ccg/demo", local.key());
    }

    @Test
    void every_change_becomes_a_variation_with_national_and_local_values() throws Exception {
        ValidationResult result = validateCase("local_adaptation_resolves_cleanly");
        assertEquals(List.of("adapt.illustrative-figures", "adapt.local-completion"),
                result.diagnostics().stream().map(d -> d.ruleId()).toList(),
                "only the national figures and blanks the adoption keeps");
        Pack local = result.localPacks().get(0);
        List<Variation> variations = local.local().get().variations();
        assertEquals(List.of("set", "add", "replace", "remove", "set"),
                variations.stream().map(v -> v.operation().key()).toList());
        Variation first = variations.get(0);
        assertEquals("kpis/kpis/DM-KPI-01/target/value", first.target());
        assertEquals("95", first.nationalValue().asText());
        assertEquals("90", first.localValue().asText());
        assertEquals("Local capacity.", first.rationale());
        assertEquals(null, variations.get(1).nationalValue());
        assertEquals(null, variations.get(3).localValue());
        // the model reflects the changes
        assertEquals("90", local.kpis().kpis().get(0).target().value().toPlainString());
        assertEquals("TST-KPI-01", local.kpis().kpis().get(2).id());
        assertEquals(1, local.qualification().amendments().size());
        assertEquals(95, local.specification().scope().eligibility().age().max());
    }

    @Test
    void each_resolved_value_keeps_its_origin_in_the_national_file_or_the_adaptation() throws Exception {
        Pack local = validateCase("local_adaptation_resolves_cleanly").localPacks().get(0);
        String adaptation = "packs/local/test-ccg/demo/adaptation.yaml";
        assertEquals(adaptation + ":7:12",
                local.sources().value(FileKind.KPIS, "/kpis/0/target/value").location());
        assertEquals("packs/national/demo/kpis.yaml:3:5", local.sources().key(FileKind.KPIS, "/kpis/0/name").location());
        assertEquals(adaptation + ":14:13", local.sources().value(FileKind.KPIS, "/kpis/2/name").location());
        // the second national KPI keeps its national position although an item was added after it
        assertEquals("packs/national/demo/kpis.yaml:18:11", local.sources().value(FileKind.KPIS, "/kpis/1/name").location());
        // the national amendment DM-QA-01 is still located in the national file after DM-QA-02 was removed
        assertEquals("packs/national/demo/qualification.yaml:15:5",
                local.sources().value(FileKind.QUALIFICATION, "/amendments/0").location());
    }
}
