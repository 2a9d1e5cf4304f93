package uk.nhs.aqp.core.bundle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * One column of a bundle table, as its Table Schema field describes it.
 *
 * @param name the header in the CSV and the workbook, lower case with underscores
 * @param type the value type
 * @param title a short human name, from the vocabulary
 * @param description what the column holds
 * @param required whether every row has a value
 * @param unit the unit of every value in a numeric column (e.g. {@code GBP}, {@code years})
 * @param allowed the only values allowed, if the column is an enumeration
 */
record Column(String name, ColumnType type, String title, String description, boolean required,
        Optional<String> unit, List<String> allowed) {

    Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        allowed = List.copyOf(allowed);
    }

    /** A column every row fills, titled as the vocabulary names it ({@link Vocabulary#column}). */
    static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, Vocabulary.standard().column(name), description, true, Optional.empty(), List.of());
    }

    /** A column a row may leave empty, titled as the vocabulary names it. */
    static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, Vocabulary.standard().column(name), description, false, Optional.empty(), List.of());
    }

    Column withUnit(String newUnit) {
        return new Column(name, type, title, description, required, Optional.of(newUnit), allowed);
    }

    Column allowing(String... values) {
        return new Column(name, type, title, description, required, unit, List.of(values));
    }
}
