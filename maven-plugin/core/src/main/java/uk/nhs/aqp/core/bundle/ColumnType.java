package uk.nhs.aqp.core.bundle;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The type of a table column: its Frictionless Table Schema type and how a value is written as
 * CSV text. Text is written exactly as held; decimals plainly; money with exactly two places;
 * dates as ISO 8601; an absent value as an empty cell.
 */
enum ColumnType {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    /** Pounds sterling, always with exactly two decimal places. */
    MONEY("number"),
    DATE("date"),
    BOOLEAN("boolean");

    private final String tableSchemaType;

    ColumnType(String tableSchemaType) {
        this.tableSchemaType = tableSchemaType;
    }

    String tableSchemaType() {
        return tableSchemaType;
    }

    /** The value as CSV text, before quoting. */
    String text(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case MONEY -> Decimals.money((BigDecimal) value).toPlainString();
            case NUMBER -> Decimals.plain((BigDecimal) value);
            case DATE -> ((LocalDate) value).toString();
            case STRING, INTEGER, BOOLEAN -> value.toString();
        };
    }
}
