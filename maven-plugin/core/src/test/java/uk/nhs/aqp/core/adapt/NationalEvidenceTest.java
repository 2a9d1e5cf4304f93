package uk.nhs.aqp.core.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.model.CurrencyModel;
import uk.nhs.aqp.core.model.Pack;

/** A local value never publishes the national note written for the national value. */
class NationalEvidenceTest {

    @TempDir
    Path project;

    @Test
    void a_price_set_alone_keeps_its_basis_but_says_it_is_set_locally_and_one_set_with_evidence_keeps_its_own()
            throws IOException {
        Path cases = TestPaths.casesFolder();
        TestPaths.copyTree(cases.resolve("_base/packs"), project.resolve("packs"));
        TestPaths.copyTree(cases.resolve("local_value_set_beside_the_national_evidence_note_is_warned_and_the_note_replaced/packs"),
                project.resolve("packs"));
        ValidationResult result;
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            result = toolkit.validate(ValidateRequest.forProject(project), BuildLog.silent());
        }
        Pack local = result.localPacks().get(0);
        CurrencyModel.Tariff alone = tariff(local, "DM-T-01");
        assertEquals("illustrative", alone.evidence().basis());
        assertEquals("NHS Test CCG sets this value locally; the national pack's note on its own value does not apply to it.",
                alone.evidence().note());
        CurrencyModel.Tariff withEvidence = tariff(local, "DM-T-02");
        assertEquals("local-example", withEvidence.evidence().basis());
        assertEquals("The CCG's price list.", withEvidence.evidence().source());
        Pack national = result.packs().stream().filter(p -> p.id().equals("demo")).findFirst().orElseThrow();
        assertEquals("A reasonable example for the demo, not an official price.", tariff(national, "DM-T-01").evidence().note(),
                "the national pack keeps its own note");
    }

    private static CurrencyModel.Tariff tariff(Pack pack, String id) {
        return pack.currency().tariffs().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
