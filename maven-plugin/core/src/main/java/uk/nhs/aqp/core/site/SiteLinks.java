package uk.nhs.aqp.core.site;

import uk.nhs.aqp.core.model.Pack;

/**
 * Where each page lives, as a path from the site root. Templates prefix {@code page.root} (the way
 * back up to the root from the page they are in), so every link is relative and the folder can be
 * served from any path or opened from disk.
 */
public final class SiteLinks {

    public static final String HOME = "index.html";
    public static final String ADOPTION = "adoption/index.html";
    public static final String RULES = "rules/index.html";
    public static final String QUALITY = "quality/index.html";
    public static final String SEARCH = "search/index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String SITEMAP = "sitemap.xml";
    public static final String SEARCH_INDEX = "assets/search-index.js";
    public static final String DOCS = "docs/";
    public static final String DATA = "data/";

    private static final SiteLinks INSTANCE = new SiteLinks();

    private SiteLinks() {
    }

    public static SiteLinks standard() {
        return INSTANCE;
    }

    /** The page of a national or local pack. */
    public String pack(Pack pack) {
        return pack.isLocal()
                ? "local/" + pack.local().get().commissioner().id() + "/" + pack.id() + "/index.html"
                : "packs/" + pack.id() + "/index.html";
    }

    /** The page of the national pack with this id. */
    public String national(String packId) {
        return "packs/" + packId + "/index.html";
    }

    /** A commissioner's page: its register entry, decisions, local packs and stocktake. */
    public String commissioner(String commissionerId) {
        return "commissioners/" + commissionerId + "/index.html";
    }

    /** A commissioner's patient choice directory for one service line (the national pack's id). */
    public String directory(String commissionerId, String packId) {
        return "choose/" + commissionerId + "/" + packId + "/index.html";
    }

    /** Where the local versions of the national pack with this id are compared. */
    public String comparison(String packId) {
        return "compare/" + packId + "/index.html";
    }

    /** The return of the strategic health authority with this id. */
    public String shaReturn(String shaId) {
        return "returns/" + shaId + "/index.html";
    }

    /** A rule on the rules page. */
    public String rule(String ruleId) {
        return RULES + "#" + ruleId;
    }

    public String home() {
        return HOME;
    }

    public String adoption() {
        return ADOPTION;
    }

    public String rules() {
        return RULES;
    }

    public String quality() {
        return QUALITY;
    }

    public String search() {
        return SEARCH;
    }

    /** {@code ../../} for a page two folders down, empty at the root. */
    static String root(String pagePath) {
        int depth = (int) pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
