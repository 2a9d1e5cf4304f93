package uk.nhs.aqp.core.model;

import java.util.List;

/** Null-safe immutable copies for record components that a file may leave out. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
