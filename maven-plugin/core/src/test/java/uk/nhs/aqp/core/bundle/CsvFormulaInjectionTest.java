package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No CSV cell can start a formula: text that a spreadsheet would run (it starts with = + - @, a tab
 * or a carriage return) gets a leading apostrophe and quotes, as OWASP recommends for CSV
 * injection; numbers from typed columns, negative ones included, and ordinary text are untouched.
 */
class CsvFormulaInjectionTest {

    private static final String PAYLOAD = "=cmd|' /C calc'!A0";

    @TestFactory
    Stream<DynamicTest> text_starting_with_a_formula_character_gets_an_apostrophe_and_quotes() {
        return Stream.of("=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "'")
                .map(start -> DynamicTest.dynamicTest("starts with U+" + String.format("%04X", (int) start.charAt(0)),
                        () -> {
                            String text = start + "SUM(A1:A9)";
                            String written = row(text, BigDecimal.ONE);
                            assertEquals("\"'" + text + "\",1", written);
                            assertEquals(List.of("'" + text, "1"), CsvReader.rows(header() + written + "\r\n").get(1));
                        }));
    }

    @Test
    void the_classic_payload_is_neutralised_and_its_quotes_doubled() {
        assertEquals("\"'=cmd|' /C calc'!A0\",1", row(PAYLOAD, BigDecimal.ONE));
        assertEquals("\"'=HYPERLINK(\"\"https://example.invalid\"\")\",1",
                row("=HYPERLINK(\"https://example.invalid\")", BigDecimal.ONE));
    }

    @Test
    void negative_numbers_in_numeric_columns_are_untouched() {
        Table table = new Table.Builder("t", "T", "A table.")
                .columns(column("text", ColumnType.STRING),
                        column("number", ColumnType.NUMBER),
                        column("money", ColumnType.MONEY),
                        column("integer", ColumnType.INTEGER))
                .row("Refund", new BigDecimal("-3.5"), new BigDecimal("-12.5"), -7)
                .build();
        assertEquals("text,number,money,integer\r\nRefund,-3.5,-12.50,-7\r\n", csv(table));
    }

    @Test
    void ordinary_text_is_written_as_it_is() {
        assertEquals("Plain text,1", row("Plain text", BigDecimal.ONE));
        assertEquals("a - b = c,1", row("a - b = c", BigDecimal.ONE));
        assertEquals("\"Long episode, with \"\"extras\"\"\",1", row("Long episode, with \"extras\"", BigDecimal.ONE));
        assertEquals(" =1+1,1", row(" =1+1", BigDecimal.ONE));
        assertEquals(",1", row("", BigDecimal.ONE));
    }

    private static String row(String text, BigDecimal number) {
        Table table = new Table.Builder("t", "T", "A table.")
                .columns(column("text", ColumnType.STRING),
                        column("number", ColumnType.NUMBER))
                .row(text, number)
                .build();
        String csv = csv(table);
        return csv.substring(header().length(), csv.length() - 2);
    }

    private static String header() {
        return "text,number\r\n";
    }

    private static String csv(Table table) {
        return new String(new CsvWriter().csv(table), StandardCharsets.UTF_8);
    }

    /** A column of a test table (its title does not matter here). */
    private static Column column(String name, ColumnType type) {
        return new Column(name, type, name, name + ".", true, java.util.Optional.empty(), List.of());
    }
}
