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
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Variation;
import uk.nhs.aqp.core.source.FileKind;

/** Joint arrangements: national -> joint -> member, each layer's changes and where they are written. */
class JointArrangementTest {

    private static final String LEAD = "packs/local/lead-ccg/demo/adaptation.yaml";
    private static final String MEMBER_A = "packs/local/member-a-ccg/demo/adaptation.yaml";

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

    private static Pack pack(ValidationResult result, String key) {
        return result.localPacks().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no local pack " + key + " in "
                        + result.localPacks().stream().map(Pack::key).toList()));
    }

    @Test
    void a_member_publishes_the_arrangement_with_its_own_change_on_top() throws Exception {
        ValidationResult result = validateCase("joint_member_adopts_its_arrangement_with_a_change_of_its_own");
        Pack a = pack(result, "member-a-ccg/demo");
        Pack b = pack(result, "member-b-ccg/demo");
        // the arrangement's KPI target reaches both members; only member A's own age bound differs
        assertEquals("92", a.kpis().kpis().get(0).target().value().toPlainString());
        assertEquals("92", b.kpis().kpis().get(0).target().value().toPlainString());
        assertEquals(95, a.specification().scope().eligibility().age().max());
        assertEquals(99, b.specification().scope().eligibility().age().max());
        assertEquals("Joint commissioning team, Test Lead CCG", b.specification().header().commissionerLead());
    }

    @Test
    void each_variation_of_a_member_says_whether_it_comes_from_the_arrangement_or_is_its_own() throws Exception {
        ValidationResult result = validateCase("joint_member_adopts_its_arrangement_with_a_change_of_its_own");
        LocalAdaptation a = pack(result, "member-a-ccg/demo").local().orElseThrow();
        assertEquals(List.of(Variation.Layer.ARRANGEMENT, Variation.Layer.ARRANGEMENT, Variation.Layer.ARRANGEMENT,
                Variation.Layer.OWN), a.variations().stream().map(Variation::layer).toList());
        assertEquals(List.of("specification/header/commissionerLead", "specification/header/providerLead",
                "kpis/kpis/DM-KPI-01/target/value"),
                a.variationsFrom(Variation.Layer.ARRANGEMENT).stream().map(Variation::target).toList());
        // each change is reported at its own file and line
        assertTrue(a.variationsFrom(Variation.Layer.ARRANGEMENT).stream()
                .allMatch(v -> v.origin().file().equals(LEAD)), "arrangement variations at the lead's file");
        Variation own = a.variationsFrom(Variation.Layer.OWN).get(0);
        assertEquals(MEMBER_A + ":5:5", own.origin().location());
        assertEquals("99", own.nationalValue().asText());
        assertEquals("95", own.localValue().asText());
        assertTrue(a.member());
        assertEquals("lead-ccg/demo", a.joint().key());
        assertEquals("1.1.0", a.baseVersion(), "the national version the arrangement was reviewed against");
        assertEquals("1.0.0", a.joint().version(), "the arrangement's version the member reviewed");
        // the lead's own pack has only its own variations
        LocalAdaptation lead = pack(result, "lead-ccg/demo").local().orElseThrow();
        assertEquals(3, lead.variationsFrom(Variation.Layer.OWN).size());
        assertTrue(lead.variationsFrom(Variation.Layer.ARRANGEMENT).isEmpty());
        assertEquals(List.of("member-a-ccg", "member-b-ccg"), lead.joint().members());
    }

    @Test
    void a_member_value_is_located_at_the_layer_that_wrote_it() throws Exception {
        Pack a = pack(validateCase("joint_member_adopts_its_arrangement_with_a_change_of_its_own"),
                "member-a-ccg/demo");
        assertEquals(LEAD + ":22:12", a.sources().value(FileKind.KPIS, "/kpis/0/target/value").location());
        assertEquals(MEMBER_A + ":7:12",
                a.sources().value(FileKind.SPECIFICATION, "/scope/eligibility/age/max").location());
        assertEquals("packs/national/demo/kpis.yaml:3:5", a.sources().key(FileKind.KPIS, "/kpis/0/name").location());
    }

    @Test
    void a_member_overriding_a_value_the_arrangement_changed_sees_the_arrangement_value_as_its_base() throws Exception {
        ValidationResult result = validateCase("joint_drift_in_the_arrangement_warns_the_member_with_both_values");
        assertEquals(List.of("adapt.illustrative-figures", "joint.drift"),
                result.diagnostics().stream().map(d -> d.ruleId()).toList());
        assertTrue(result.diagnostics().get(1).origin().location().startsWith(MEMBER_A + ":"));
        LocalAdaptation a = pack(result, "member-a-ccg/demo").local().orElseThrow();
        Variation own = a.variationsFrom(Variation.Layer.OWN).get(0);
        assertEquals("kpis/kpis/DM-KPI-01/target/value", own.target());
        assertEquals("92", own.nationalValue().asText(), "the value below it: the arrangement's");
        assertEquals("93", own.nationalBefore().asText(), "what the member wrote it against");
        assertEquals("90", own.localValue().asText());
        assertEquals("90", pack(result, "member-a-ccg/demo").kpis().kpis().get(0).target().value().toPlainString());
    }

    @Test
    void a_member_paying_another_price_is_kept_out_and_the_lead_and_other_member_are_published() throws Exception {
        ValidationResult result = validateCase("joint_member_paying_another_price_for_a_currency_is_rejected");
        assertEquals(List.of("lead-ccg/demo", "member-b-ccg/demo"),
                result.localPacks().stream().map(Pack::key).sorted().toList());
        assertEquals(MEMBER_A + ":6:13", result.diagnostics().stream()
                .filter(d -> d.ruleId().equals("joint.equal-price")).findFirst().orElseThrow().origin().location());
    }

    @Test
    void aqp_diff_of_a_member_says_which_variations_come_from_the_arrangement() throws Exception {
        Pack a = pack(validateCase("joint_member_adopts_its_arrangement_with_a_change_of_its_own"),
                "member-a-ccg/demo");
        List<String> text = VariationReport.text(a);
        assertEquals("  member of joint arrangement lead-ccg/demo 1.0.0: 3 from the arrangement, 1 of its own",
                text.get(1));
        assertEquals(3, text.stream().filter(l -> l.endsWith("(From the joint arrangement)")).count());
        assertEquals(1, text.stream().filter(l -> l.endsWith("(Own change)")).count());
        var json = VariationReport.json(a);
        assertEquals("lead-ccg/demo", json.get("joint").asText());
        assertEquals("own", json.get("variations").get(3).get("layer").asText());
        assertEquals(MEMBER_A, json.get("variations").get(3).get("file").asText());
        assertEquals(LEAD, json.get("variations").get(0).get("file").asText());
    }
}
