package uk.nhs.aqp.core.rules;

import java.util.List;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Specification.QualityRequirement;
import uk.nhs.aqp.core.source.FileKind;

/** {@code kpi.unknown-kpi}: a quality requirement's {@code kpi} names a KPI of kpis.yaml. */
final class KpiReferenceRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.KPIS, FileKind.SPECIFICATION);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        List<String> kpis = context.kpis().kpis().stream().map(k -> k.id()).toList();
        List<QualityRequirement> requirements = context.specification().qualityRequirements();
        for (int i = 0; i < requirements.size(); i++) {
            String kpi = requirements.get(i).kpi();
            if (kpi != null && !kpis.contains(kpi)) {
                sink.report("kpi.unknown-kpi",
                        context.at(FileKind.SPECIFICATION, "/qualityRequirements/" + i + "/kpi"),
                        kpi, DidYouMean.hint(kpi, kpis));
            }
        }
    }
}
