package uk.nhs.aqp.core.site.page;

import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/** The build's quality report: every diagnostic, warnings included, with where and which rule. */
final class QualityPage implements PageKind {

    @Override
    public List<Page> pages(SiteModel site) {
        List<Diagnostic> all = site.diagnostics();
        Map<String, Object> data = Map.of("diagnostics", all,
                "errors", count(all, Severity.ERROR), "warnings", count(all, Severity.WARNING),
                "infos", count(all, Severity.INFO), "national", site.national().size(), "local", site.local().size());
        return List.of(new Page(SiteLinks.QUALITY, "quality.ftlh", "Quality report", "quality",
                List.of(PageKinds.HOME), data, true, data));
    }

    private static long count(List<Diagnostic> all, Severity severity) {
        return all.stream().filter(d -> d.severity() == severity).count();
    }
}
