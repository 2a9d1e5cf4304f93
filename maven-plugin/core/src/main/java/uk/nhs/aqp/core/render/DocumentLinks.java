package uk.nhs.aqp.core.render;

import java.util.regex.Pattern;
import uk.nhs.aqp.core.model.Pack;

/**
 * Where a pack's documents sit on the published website and how they link back to the pack's page:
 * the site copies a pack's documents into {@code docs/<outputPath>/} and keeps the pack's page at
 * {@code packs/<pack-id>/} (national) or {@code local/<commissioner>/<pack-id>/} (local), so the
 * link is relative and works wherever the site is served from. The site's own {@code SiteLinks}
 * must agree; {@code DocumentLinksTest} checks that it does.
 */
final class DocumentLinks {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9./-]+");

    private DocumentLinks() {
    }

    /** {@code ../../packs/adult-hearing/index.html} from {@code docs/adult-hearing/<document>.html}. */
    static String packPage(Pack pack) {
        String folder = "docs/" + pack.outputPath();
        int depth = (int) folder.chars().filter(c -> c == '/').count() + 1;
        String page = pack.local()
                .map(l -> "local/" + l.commissioner().id() + "/" + pack.id() + "/index.html")
                .orElse("packs/" + pack.id() + "/index.html");
        String link = "../".repeat(depth) + page;
        if (!SAFE.matcher(link).matches()) {
            throw new IllegalArgumentException("Not a safe link: " + link);
        }
        return link;
    }
}
