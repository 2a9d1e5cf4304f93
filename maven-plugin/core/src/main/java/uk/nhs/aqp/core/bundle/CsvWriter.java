package uk.nhs.aqp.core.bundle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Output: a table as CSV in the Frictionless default dialect (RFC 4180): UTF-8 without a byte-order
 * mark, comma separated, a header row of column names, CRLF line ends, and a field quoted (with
 * inner quotes doubled) only when it holds a comma, a quote or a line break. Values are written
 * exactly as held: text as written, decimals plainly, money with two places, dates ISO 8601.
 *
 * <p>One exception keeps a spreadsheet from running pack text as a formula (CSV injection), as
 * OWASP recommends: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return (or the full-width {@code ＝ ＋ － ＠}) gets a leading apostrophe
 * {@code '} and is quoted. So does text that starts with an apostrophe, so the change can always
 * be undone: a text cell that starts with {@code '} had exactly one added. Numbers, money, dates
 * and booleans come from typed columns and are never changed, so {@code -12.50} stays a number.
 */
final class CsvWriter {

    private static final String LINE_END = "\r\n";

    /** Characters that make a spreadsheet read a cell as a formula when they start it. */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final char APOSTROPHE = '\'';

    byte[] csv(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns().stream().map(Column::name).map(CsvWriter::quoted).toList());
        for (List<Object> row : table.rows()) {
            List<String> fields = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                ColumnType type = table.columns().get(i).type();
                String text = type.text(row.get(i));
                fields.add(type == ColumnType.STRING ? textField(text) : quoted(text));
            }
            line(out, fields);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(String.join(",", fields)).append(LINE_END);
    }

    /** A text value as a field: neutralised if a spreadsheet would take it for a formula, else as written. */
    static String textField(String text) {
        if (text.isEmpty() || (FORMULA_STARTS.indexOf(text.charAt(0)) < 0 && text.charAt(0) != APOSTROPHE)) {
            return quoted(text);
        }
        return '"' + (APOSTROPHE + text).replace("\"", "\"\"") + '"';
    }

    static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
