package uk.nhs.aqp.core.compare;

import java.util.List;

/**
 * One figure compared across the local versions of a pack.
 *
 * @param id stable within the pack: {@code price:<tariff-id>}, {@code age.min}, {@code age.max},
 *     {@code referral-sources}, {@code wait.first}, {@code wait.urgent}, {@code target:<kpi-id>}
 * @param group {@code price}, {@code age}, {@code referral}, {@code wait} or {@code target}
 * @param label what the figure is, for a reader (the tariff's or KPI's name, "Minimum age")
 * @param national the national pack's value
 * @param local each version's value, in the order of the comparison's versions
 * @param differs for each version, whether its value differs from the national one
 * @param spread the spread of the local values, or null when they are not numbers in one unit
 */
public record Figure(String id, String group, String label, Value national, List<Value> local,
        List<Boolean> differs, Spread spread) {

    public Figure {
        local = List.copyOf(local);
        differs = List.copyOf(differs);
    }

    /** Whether the spread is known (templates test this before reading {@link #spread()}). */
    public boolean hasSpread() {
        return spread != null;
    }

    /** How many versions differ from the national value. */
    public int differingCount() {
        return (int) differs.stream().filter(Boolean::booleanValue).count();
    }
}
