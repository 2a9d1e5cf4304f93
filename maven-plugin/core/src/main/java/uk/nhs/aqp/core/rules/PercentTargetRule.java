package uk.nhs.aqp.core.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.KpiSchedule.Kpi;
import uk.nhs.aqp.core.source.FileKind;

/** {@code kpi.percent-range}: a percent target lies between 0 and 100. */
final class PercentTargetRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.KPIS);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        List<Kpi> kpis = context.kpis().kpis();
        for (int i = 0; i < kpis.size(); i++) {
            var target = kpis.get(i).target();
            if (target.percent() && (target.value().signum() < 0 || target.value().compareTo(HUNDRED) > 0)) {
                sink.report("kpi.percent-range", context.at(FileKind.KPIS, "/kpis/" + i + "/target/value"),
                        target.value().toPlainString());
            }
        }
    }
}
