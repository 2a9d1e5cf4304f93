package uk.nhs.aqp.core.site.page;

import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.publish.LargestFirst;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;
import uk.nhs.aqp.core.vocabulary.DescribedVariation;

/**
 * A local pack: the national pack and version it is based on, the variation report (national
 * value, local value, rationale), drift warnings, its downloads, and the pack as adapted.
 */
final class LocalPackPage implements PageKind {

    @Override
    public List<Page> pages(SiteModel site) {
        // a thousand local packs: each page's values made on every core, kept in order
        return LargestFirst.map(site.local(), pack -> 1, pack -> page(site, pack));
    }

    private static Page page(SiteModel site, Pack pack) {
        LocalAdaptation local = pack.local().get();
        Pack national = site.nationalPack(pack.id()).orElse(null);
        List<Diagnostic> problems = site.problems(pack);
        Map<String, Object> data = new java.util.HashMap<>(Map.of("pack", pack, "local", local,
                "problems", problems, "documents", site.downloads().documents(pack),
                "packData", site.downloads().packData(pack)));
        data.put("variations", DescribedVariation.of(pack));
        site.directory(pack).ifPresent(d -> data.put("directory", d));
        if (national != null) {
            data.put("national", national);
        }
        // a joint arrangement: a member's page links its lead's pack, the lead's page its members'
        List<Pack> partners = local.joint() == null ? List.of() : site.local().stream()
                .filter(p -> p != pack && p.local().get().joint() != null
                        && p.local().get().joint().key().equals(local.joint().key()))
                .filter(p -> local.member() ? !p.local().get().member() : p.local().get().member())
                .toList();
        if (local.member() && !partners.isEmpty()) {
            data.put("arrangement", partners.get(0));
        }
        if (local.joint() != null && !local.member()) {
            data.put("members", partners);
        }
        Object fingerprint = List.of(PackContent.of(pack), national == null ? "" : PackContent.of(national),
                problems, data.get("documents"), data.get("packData"),
                partners.stream().map(p -> p.key() + " " + p.local().get().commissioner().name()).toList(),
                site.directory(pack).map(Object.class::cast).orElse(""));
        String title = pack.manifest().shortTitle() + ": " + local.commissioner().name();
        return new Page(SiteLinks.standard().pack(pack), "local.ftlh", title, "adoption",
                List.of(PageKinds.HOME, new Page.Crumb("AQP map", SiteLinks.ADOPTION),
                        new Page.Crumb(local.commissioner().name(),
                                SiteLinks.standard().commissioner(local.commissioner().id()))),
                data, true, fingerprint);
    }
}
