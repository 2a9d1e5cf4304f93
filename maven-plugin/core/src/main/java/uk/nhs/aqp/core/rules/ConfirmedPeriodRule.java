package uk.nhs.aqp.core.rules;

import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.FileKind;

/**
 * {@code pack.confirmed-out-of-period} (warning): a value marked {@code confirmed} whose source
 * year lies outside the pack's period. The period is the publication year and one year either side,
 * together with the years of the currency's price basis (2012 and 2013 for {@code 2012/13}). A real
 * figure from a later year is a {@code later-benchmark}, not a confirmed value of the pack.
 *
 * <p>Reads pack.yaml; currency.yaml and the other files are read when they passed their schema.
 */
final class ConfirmedPeriodRule implements PackRule {

    private static final Pattern BASIS_YEAR = Pattern.compile("^(\\d{4})(?:/(\\d{2}))?");

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.PACK);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        NavigableSet<Integer> period = period(context);
        if (period.isEmpty()) return;
        String shown = period.first() + " to " + period.last();
        for (EvidenceMark mark : EvidenceMarks.of(context.pack())) {
            Integer year = mark.evidence().year();
            if (mark.evidence().confirmed() && year != null && !period.contains(year)) {
                sink.report("pack.confirmed-out-of-period", context.at(mark.file(), mark.pointer() + "/year"),
                        mark.name(), year, shown);
            }
        }
    }

    /** The years a confirmed value may come from; empty when the pack gives no date or price basis. */
    static NavigableSet<Integer> period(PackContext context) {
        TreeSet<Integer> years = new TreeSet<>();
        if (context.manifest().published() != null) {
            int y = context.manifest().published().getYear();
            years.add(y - 1);
            years.add(y);
            years.add(y + 1);
        }
        if (context.has(FileKind.CURRENCY) && context.currency().priceBasisYear() != null) {
            Matcher m = BASIS_YEAR.matcher(context.currency().priceBasisYear());
            if (m.find()) {
                int first = Integer.parseInt(m.group(1));
                years.add(first);
                if (m.group(2) != null) years.add(first + 1);
            }
        }
        // a contiguous span, so that "2011 to 2013" reads true
        if (!years.isEmpty()) {
            for (int y = years.first(); y <= years.last(); y++) years.add(y);
        }
        return years;
    }
}
