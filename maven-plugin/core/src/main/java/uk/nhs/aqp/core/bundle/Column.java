package uk.nhs.aqp.core.bundle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a bundle table, as its Table Schema field describes it.
 *
 * @param name the header in the CSV and the workbook, lower case with underscores
 * @param type the value type
 * @param title a short human name
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

    static Column required(String name, ColumnType type, String title, String description) {
        return new Column(name, type, title, description, true, Optional.empty(), List.of());
    }

    static Column optional(String name, ColumnType type, String title, String description) {
        return new Column(name, type, title, description, false, Optional.empty(), List.of());
    }

    Column withUnit(String newUnit) {
        return new Column(name, type, title, description, required, Optional.of(newUnit), allowed);
    }

    Column allowing(String... values) {
        return new Column(name, type, title, description, required, unit, List.of(values));
    }
}
