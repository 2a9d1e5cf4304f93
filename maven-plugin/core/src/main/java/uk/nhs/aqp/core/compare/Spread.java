package uk.nhs.aqp.core.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The spread of the local values of one figure: minimum, median and maximum, each exact and as the
 * vocabulary words it.
 *
 * @param count how many local values it is over
 */
public record Spread(BigDecimal minimum, BigDecimal median, BigDecimal maximum, String minimumText,
        String medianText, String maximumText, int count) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * The spread of {@code values}, all in one unit; empty when there are none. The median of an
     * even count is the mean of the two middle values, rounded half up to {@code scale} places when
     * given (money: 2) and exact otherwise.
     */
    static Optional<Spread> of(List<BigDecimal> values, Optional<Integer> scale, Function<BigDecimal, String> words) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO);
        if (scale.isPresent()) {
            median = median.setScale(scale.get(), RoundingMode.HALF_UP);
        }
        BigDecimal min = sorted.get(0);
        BigDecimal max = sorted.get(n - 1);
        return Optional.of(new Spread(min, median, max, words.apply(min), words.apply(median), words.apply(max), n));
    }
}
