package uk.nhs.aqp.core.rules;

import java.util.List;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.KpiSchedule.Kpi;
import uk.nhs.aqp.core.source.FileKind;

/** {@code kpi.unknown-outcome}: a KPI's {@code outcome} names an outcome measure of the specification. */
final class OutcomeReferenceRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.KPIS, FileKind.SPECIFICATION);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        List<String> outcomes = context.specification().outcomes().measures().stream()
                .map(m -> m.id()).toList();
        List<Kpi> kpis = context.kpis().kpis();
        for (int i = 0; i < kpis.size(); i++) {
            String outcome = kpis.get(i).outcome();
            if (outcome != null && !outcomes.contains(outcome)) {
                sink.report("kpi.unknown-outcome", context.at(FileKind.KPIS, "/kpis/" + i + "/outcome"),
                        outcome, DidYouMean.hint(outcome, outcomes));
            }
        }
    }
}
