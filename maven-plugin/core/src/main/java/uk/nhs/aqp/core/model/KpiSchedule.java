package uk.nhs.aqp.core.model;

import java.math.BigDecimal;
import java.util.List;

/** kpis.yaml: the key performance indicators. */
public record KpiSchedule(List<String> introduction, List<Kpi> kpis) {

    public KpiSchedule {
        introduction = Lists.copy(introduction);
        kpis = Lists.copy(kpis);
    }

    public record Kpi(String id, String name, String definition, String numerator, String denominator,
            Target target, String frequency, String dataSource, String domain, String outcome,
            String consequence) {
    }

    /** A threshold: value, unit ({@code percent}, {@code days}, ...), direction and its basis. */
    public record Target(BigDecimal value, String unit, String direction, Evidence evidence) {
        public boolean percent() {
            return "percent".equals(unit);
        }
    }
}
