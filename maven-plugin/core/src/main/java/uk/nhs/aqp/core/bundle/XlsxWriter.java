package uk.nhs.aqp.core.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Output: the bundle's tables as one Excel workbook, for commissioners who work in spreadsheets. A
 * first sheet {@code about} gives the title, version, publication date, publisher and licence, and
 * describes every column of every sheet; then one sheet per table with a bold, frozen header row,
 * filters, and column widths from the content. Numbers are numbers (prices shown to the penny),
 * dates are dates shown as ISO 8601, and text is always a text cell, never a formula.
 *
 * <p>Reproducible: the workbook's created and modified dates are the publication time, and the zip
 * entries inside the file are stamped with it too (POI would use the clock).
 *
 * <p>Streaming: rows are written straight into the sheet's part as the workbook is saved (POI's
 * deferred streaming workbook, text as inline strings), never held as cell objects and never
 * through temporary files, so memory and time grow with the rows, not faster; the column widths
 * and filters that precede the rows in each sheet are measured from the table first.
 */
final class XlsxWriter {

    /** Excel's column width unit is 1/256 of a character; widths stay between these in characters. */
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    static final String ABOUT_SHEET = "about";

    byte[] workbook(List<Table> tables, BundleMetadata meta) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            about(workbook.createSheet(ABOUT_SHEET), tables, meta, styles);
            for (Table table : tables) {
                sheet(workbook.createSheet(table.name()), table, styles);
            }
            properties(workbook.getXSSFWorkbook().getProperties(), meta);
            workbook.writeAvoidingTempFiles(bytes);
        } catch (IOException | RuntimeException e) {
            throw new ToolingException("cannot write the workbook: " + e.getMessage(), e);
        }
        return ReproducibleZip.normalise(bytes.toByteArray(), meta.published());
    }

    private static void properties(POIXMLProperties properties, BundleMetadata meta) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date published = Date.from(meta.published());
        core.setCreated(Optional.of(published));
        core.setModified(Optional.of(published));
        core.setCreator(meta.publisher());
        core.setTitle(meta.title() + " " + meta.version());
        core.setDescription("Tables of the bundle " + meta.zipFileName() + ". Licence: "
                + BundleMetadata.LICENCE_TITLE + ".");
    }

    private static void about(DeferredSXSSFSheet sheet, List<Table> tables, BundleMetadata meta, Styles styles) {
        int columns = tables.stream().mapToInt(t -> t.columns().size()).sum();
        int headerRow = 7;
        sheet.setAutoFilter(new CellRangeAddress(headerRow, headerRow + columns, 0, 5));
        int[] widths = {24, 28, 30, 10, 8, MAX_WIDTH};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.setRowGenerator(s -> aboutRows(s, tables, meta, styles, headerRow));
    }

    private static void aboutRows(SXSSFSheet sheet, List<Table> tables, BundleMetadata meta, Styles styles,
            int headerRow) {
        int r = 0;
        text(sheet.createRow(r++).createCell(0), meta.title(), styles.bold);
        pair(sheet.createRow(r++), "Version", meta.version());
        pair(sheet.createRow(r++), "Published", meta.publishedDate().toString());
        pair(sheet.createRow(r++), "Publisher", meta.publisher());
        pair(sheet.createRow(r++), "Licence", BundleMetadata.LICENCE_TITLE + ", " + BundleMetadata.LICENCE_URL);
        pair(sheet.createRow(r++), "Files", "The same tables as CSV, and every pack as JSON, are in "
                + meta.zipFileName() + "; datapackage.json there lists every file with its SHA-256 hash.");
        r = headerRow;
        List<String> headers = List.of("sheet", "column", "title", "type", "unit", "description");
        Row header = sheet.createRow(r++);
        for (int c = 0; c < headers.size(); c++) {
            text(header.createCell(c), headers.get(c), styles.bold);
        }
        for (Table table : tables) {
            for (Column column : table.columns()) {
                Row row = sheet.createRow(r++);
                List<String> cells = List.of(table.name(), column.name(), column.title(),
                        column.type().tableSchemaType(), column.unit().orElse(""), column.description());
                for (int c = 0; c < cells.size(); c++) {
                    text(row.createCell(c), cells.get(c), null);
                }
            }
        }
    }

    private static void pair(Row row, String label, String value) {
        text(row.createCell(0), label, null);
        text(row.createCell(1), value, null);
    }

    private static void sheet(DeferredSXSSFSheet sheet, Table table, Styles styles) {
        List<Column> columns = table.columns();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).name().length() + 2;
        }
        for (List<Object> values : table.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    widths[c] = Math.max(widths[c], displayWidth(columns.get(c).type(), value));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns.size() - 1));
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c])) * 256);
        }
        sheet.setRowGenerator(s -> rows(s, table, styles));
    }

    /** Called while the workbook is saved: each row goes to the file as it is made. */
    private static void rows(SXSSFSheet sheet, Table table, Styles styles) {
        List<Column> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            text(header.createCell(c), columns.get(c).name(), styles.bold);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    cell(row.createCell(c), columns.get(c).type(), value, styles);
                }
            }
        }
    }

    private static void cell(Cell cell, ColumnType type, Object value, Styles styles) {
        switch (type) {
            case MONEY -> {
                cell.setCellValue(Decimals.money((BigDecimal) value).doubleValue());
                cell.setCellStyle(styles.money);
            }
            case NUMBER -> cell.setCellValue(((BigDecimal) value).doubleValue());
            case INTEGER -> cell.setCellValue(((Number) value).doubleValue());
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
            case BOOLEAN -> cell.setCellValue((Boolean) value);
            case STRING -> text(cell, (String) value, null);
        }
    }

    /** Always a text cell: text that looks like a formula stays text. */
    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The width the value needs, in characters: its longest line, plus a margin. */
    private static int displayWidth(ColumnType type, Object value) {
        String text = type.text(value);
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                longest = Math.max(longest, end - start);
                start = i + 1;
            }
        }
        return longest + 2;
    }

    /** The few cell styles the workbook uses, created once. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle money;
        final CellStyle date;

        Styles(DeferredSXSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
