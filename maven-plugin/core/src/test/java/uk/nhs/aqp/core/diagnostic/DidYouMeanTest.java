package uk.nhs.aqp.core.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> KEYS = List.of("name", "numerator", "denominator", "dataSource", "frequency");

    @Test
    void suggests_for_swapped_missing_and_wrong_letters() {
        assertEquals(Optional.of("name"), DidYouMean.closest("nmae", KEYS));
        assertEquals(Optional.of("frequency"), DidYouMean.closest("frequncy", KEYS));
        assertEquals(Optional.of("dataSource"), DidYouMean.closest("datasource", KEYS));
    }

    @Test
    void suggests_nothing_for_an_unrelated_word() {
        assertEquals(Optional.empty(), DidYouMean.closest("colour", KEYS));
        assertEquals("", DidYouMean.hint("x", List.of()));
    }
}
