package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidationResult;

/**
 * A joint arrangement on the site: a member's local page says it adopts the arrangement, links the
 * lead's page, and marks each variation as the arrangement's or its own; the lead's page names its
 * members.
 */
class JointArrangementPagesTest {

    @TempDir
    static Path work;

    private static Toolkit toolkit;
    private static SiteRequest request;
    private static SiteResult result;

    @BeforeAll
    static void build() throws IOException {
        Path project = work.resolve("project");
        Path packs = project.resolve("packs");
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), packs);
        TestPaths.copyTree(TestPaths.casesFolder().resolve(
                "joint_member_adopts_its_arrangement_with_a_change_of_its_own/packs"), packs);
        toolkit = Toolkit.open(Optional.empty());
        request = SiteFixture.request(project, work.resolve("cache"));
        ValidationResult validation = toolkit.validate(request.validation(), BuildLog.silent());
        assertFalse(validation.failed(), validation.diagnostics().toString());
        assertEquals(3, validation.localPacks().size());
        result = toolkit.site(request, validation, BuildLog.silent());
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    private static String page(String path) throws IOException {
        return SiteFixture.page(request, path);
    }

    /** The variation sections of a page, in order. */
    private static List<String> sections(String html) {
        Matcher m = Pattern.compile("(?s)<section class=\"aqp-variation\".*?</section>").matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group());
        return out;
    }

    @Test
    void the_site_builds_with_every_link_intact() {
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void a_member_page_names_its_arrangement_and_links_the_lead() throws IOException {
        String member = page("local/member-a-ccg/demo/index.html");
        assertTrue(member.contains("Member of the arrangement led by <a href=\"../../../local/lead-ccg/demo/index.html\">"
                + "NHS Test Lead CCG</a>, version 1.0.0"), "the arrangement, linked to the lead's local pack");
        assertTrue(member.contains("(3 from the joint arrangement, 1 own change)"), "how many of each");
    }

    @Test
    void each_variation_of_a_member_says_whether_it_is_the_arrangements_or_its_own() throws IOException {
        List<String> sections = sections(page("local/member-a-ccg/demo/index.html"));
        assertEquals(4, sections.size());
        long fromArrangement = sections.stream().filter(s -> s.contains(">From the joint arrangement</strong>")).count();
        List<String> own = sections.stream().filter(s -> s.contains(">Own change</strong>")).toList();
        assertEquals(3, fromArrangement);
        assertEquals(1, own.size());
        assertTrue(own.get(0).contains("maximum age") || own.get(0).contains("age"), own.get(0));
        assertTrue(own.get(0).contains("Arrangement value"), "an own change is shown against the arrangement's value");
        assertTrue(own.get(0).contains("<strong>Why:</strong> A local upper bound.</p>"));
    }

    @Test
    void the_lead_page_names_its_members_and_marks_no_layer() throws IOException {
        String lead = page("local/lead-ccg/demo/index.html");
        assertTrue(lead.contains("Lead commissioner of an arrangement adopted by "
                + "<a href=\"../../../local/member-a-ccg/demo/index.html\">NHS Test member-a-ccg</a>, "
                + "<a href=\"../../../local/member-b-ccg/demo/index.html\">NHS Test member-b-ccg</a>"));
        assertFalse(lead.contains("From the joint arrangement"), "the lead's variations are all its own");
        assertFalse(lead.contains("Arrangement value"));
    }
}
