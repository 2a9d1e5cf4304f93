package uk.nhs.aqp.core.bundle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Output: a table as CSV in the Frictionless default dialect (RFC 4180): UTF-8 without a byte-order
 * mark, comma separated, a header row of column names, CRLF line ends, and a field quoted (with
 * inner quotes doubled) only when it holds a comma, a quote or a line break. Values are written
 * exactly as held: text as written, decimals plainly, money with two places, dates ISO 8601.
 */
final class CsvWriter {

    private static final String LINE_END = "\r\n";

    byte[] csv(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns().stream().map(Column::name).toList());
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(table.columns().get(i).type().text(row.get(i)));
            }
            line(out, cells);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append(LINE_END);
    }

    static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
