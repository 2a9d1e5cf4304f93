package uk.nhs.aqp.core.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One table of the bundle: written as {@code tables/<name>.csv}, described by a Table Schema in
 * {@code datapackage.json}, and a sheet of the workbook.
 *
 * @param name the file and sheet name, e.g. {@code kpis}
 * @param title a short human name
 * @param description what one row is
 * @param columns the columns in order
 * @param primaryKey the columns whose values identify a row
 * @param references foreign keys: columns of this table whose values are keys of another table
 * @param rows the values, one list per row in column order (null for an empty cell)
 */
record Table(String name, String title, String description, List<Column> columns, List<String> primaryKey,
        List<Reference> references, List<List<Object>> rows) {

    Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        references = List.copyOf(references);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }

    /** The table's path inside the bundle. */
    String path() {
        return "tables/" + name + ".csv";
    }

    /** A foreign key: {@code fields} of this table refer to {@code referencedFields} of {@code table}. */
    record Reference(List<String> fields, String table, List<String> referencedFields) {
        Reference {
            fields = List.copyOf(fields);
            referencedFields = List.copyOf(referencedFields);
        }
    }

    /** Builds a table row by row. */
    static final class Builder {
        private final String name;
        private final String title;
        private final String description;
        private final List<Column> columns = new ArrayList<>();
        private final List<String> primaryKey = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        Builder(String name, String title, String description) {
            this.name = name;
            this.title = title;
            this.description = description;
        }

        Builder columns(Column... more) {
            columns.addAll(Arrays.asList(more));
            return this;
        }

        Builder primaryKey(String... fields) {
            primaryKey.addAll(Arrays.asList(fields));
            return this;
        }

        Builder references(String field, String table, String referencedField) {
            references.add(new Reference(List.of(field), table, List.of(referencedField)));
            return this;
        }

        Builder row(Object... values) {
            rows.add(Arrays.asList(values));
            return this;
        }

        Table build() {
            return new Table(name, title, description, columns, primaryKey, references, rows);
        }
    }
}
