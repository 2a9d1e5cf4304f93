package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.site.SiteLinks;

/**
 * The link back from a document to its pack's page leads, from where the website keeps the
 * document ({@code docs/<pack>/}), to the page the site really makes for that pack.
 */
class DocumentLinksTest {

    @TempDir
    Path project;

    @Test
    void a_document_links_back_to_the_page_the_site_makes_for_its_pack() throws IOException {
        Path packs = RenderFixture.basePack(project.resolve("packs"));
        TestPaths.copyTree(TestPaths.casesFolder().resolve("local_adaptation_resolves_cleanly/packs/local"),
                packs.resolve("local"));
        ValidationResult validated = RenderFixture.toolkit()
                .validate(ValidateRequest.forProject(project).withPacks(packs), BuildLog.silent());
        List<Pack> both = List.of(validated.packs().get(0), validated.localPacks().get(0));
        for (Pack pack : both) {
            Path document = Path.of("docs", pack.outputPath(), "implementation-pack.html");
            String reached = document.getParent().resolve(DocumentLinks.packPage(pack)).normalize().toString()
                    .replace('\\', '/');
            assertEquals(SiteLinks.standard().pack(pack), reached, pack.key());
        }
        assertEquals("../../packs/demo/index.html", DocumentLinks.packPage(both.get(0)));
    }
}
