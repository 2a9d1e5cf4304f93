package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;

/** A pack's qualification document tells providers which criteria the dry run decides, and against which figure. */
class CriterionCheckInDocumentTest {

    @Test
    void a_criterion_checked_by_the_dry_run_says_so_and_one_for_a_person_does_not() {
        ValidateRequest request = ValidateRequest.forProject(TestPaths.repositoryRoot());
        ValidationResult validated = RenderFixture.toolkit().check(request, BuildLog.silent());
        Pack calderdale = validated.localPacks().stream()
                .filter(p -> p.key().equals("calderdale-ccg/adult-hearing")).findFirst().orElseThrow();
        AdocRenderer renderer = new AdocRenderer(TemplateSet.of(Optional.empty(), new ProjectPaths(TestPaths.repositoryRoot())));
        DiagnosticSink sink = new DiagnosticSink();
        DocumentKind kind = DocumentKind.QUALIFICATION_QUESTIONNAIRE;
        String adoc = renderer.render(kind.template(), TemplateData.of(calderdale, validated.standard(), kind), sink)
                .orElseThrow(() -> new AssertionError(sink.sorted().toString()));
        String criterion = adoc.substring(adoc.indexOf("AH-QC-08"), adoc.indexOf("Basis::", adoc.indexOf("AH-QC-08")));
        assertTrue(criterion.contains("within 16 working days of referral"), criterion);
        assertTrue(criterion.contains("Dry run:: Checked against the pack's figure (first-appointment wait): the "
                + "qualification dry run (aqp:qualify) decides this rule on each application"), criterion);
        String other = adoc.substring(adoc.indexOf("AH-QC-01"), adoc.indexOf("AH-QC-02"));
        assertFalse(other.contains("Dry run::"), other);
    }
}
