package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;

/**
 * The variation report of a member of a joint arrangement, as AsciiDoc: it says the member adopts
 * the arrangement, and each variation says whether it is the arrangement's or the member's own, an
 * own change set against the arrangement's value.
 */
class JointVariationReportTest {

    @TempDir
    Path project;

    private String report(String key) throws Exception {
        Path packs = project.resolve("packs");
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), packs);
        TestPaths.copyTree(TestPaths.casesFolder().resolve(
                "joint_member_adopts_its_arrangement_with_a_change_of_its_own/packs"), packs);
        ValidationResult validated = RenderFixture.toolkit().validate(ValidateRequest.forProject(project),
                BuildLog.silent());
        Pack pack = validated.localPacks().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
        TemplateSet templates = TemplateSet.of(Optional.empty(), new ProjectPaths(project));
        DiagnosticSink sink = new DiagnosticSink();
        return new AdocRenderer(templates).render(DocumentKind.VARIATION_REPORT.template(),
                TemplateData.of(pack, validated.standard(), DocumentKind.VARIATION_REPORT), sink)
                .orElseThrow(() -> new AssertionError(sink.sorted().toString()));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void a_member_report_says_which_variations_come_from_the_arrangement() throws Exception {
        String adoc = report("member-a-ccg/demo");
        assertTrue(adoc.contains("NHS Test member-a-ccg is a member of a joint arrangement led by NHS Test Lead CCG "
                + "(arrangement version 1.0.0): 3 of the variations come from the arrangement"), adoc);
        assertEquals(3, count(adoc, "\n*From the joint arrangement*\n"));
        assertEquals(1, count(adoc, "\n*Own change*\n"));
        assertEquals(1, count(adoc, "|Arrangement value |Local value"), "the own change, set against the arrangement");
        assertEquals(3, count(adoc, "|National value |Local value"));
    }

    @Test
    void a_lead_report_marks_no_layer() throws Exception {
        String adoc = report("lead-ccg/demo");
        assertFalse(adoc.contains("joint arrangement"), adoc);
        assertFalse(adoc.contains("Own change"));
        assertFalse(adoc.contains("Arrangement value"));
    }
}
