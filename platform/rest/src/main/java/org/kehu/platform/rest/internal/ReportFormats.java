package org.kehu.platform.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.Labels;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportTable;

/**
 * Renders a {@link ReportTable} as CSV, XLSX or a JSON view. Cell values are
 * expected as the column type says: numbers ({@link Number}) for INTEGER,
 * DECIMAL, MONEY and PERCENT (a fraction, 0.25 = 25%), {@link LocalDate} for
 * DATE, anything else as text; {@code null} is an empty cell.
 */
public final class ReportFormats {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String JSON = "application/json";

    /** The UTF-8 byte order mark, so that Excel opens Chinese text correctly. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportFormats() {
    }

    /** One column as the JSON view shows it. */
    public record ColumnView(String key, ColumnType type, String label) {
    }

    /**
     * The JSON view: labels in the caller's locale, rows as objects keyed by column, totals likewise. As everywhere in
     * the API, decimals (money with two places, percentages as fractions) are decimal strings, dates ISO strings and
     * counts JSON numbers; the column types say how to read each.
     */
    public record TableView(String id, String name, List<ColumnView> columns, List<Map<String, Object>> rows,
            Map<String, Object> totals, String chart) {
    }

    public static TableView json(String id, String name, ReportTable table, Locale locale) {
        List<ColumnView> columns = new ArrayList<>();
        for (ReportColumn c : table.columns()) {
            columns.add(new ColumnView(c.key(), c.type(), Labels.pick(c.labels(), locale, c.key())));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            rows.add(object(table.columns(), row));
        }
        return new TableView(id, name, columns, rows, table.totals() == null ? null : object(table.columns(), table.totals()),
                table.chart().name());
    }

    private static Map<String, Object> object(List<ReportColumn> columns, List<Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Object v = i < row.size() ? row.get(i) : null;
            out.put(columns.get(i).key(), jsonValue(columns.get(i).type(), v));
        }
        return out;
    }

    private static Object jsonValue(ColumnType type, Object v) {
        if (v == null) {
            return null;
        }
        if (type == ColumnType.MONEY && v instanceof Number n) {
            return decimal(n).setScale(2, RoundingMode.HALF_UP);
        }
        if (v instanceof TemporalAccessor) {
            return v.toString();
        }
        return v;
    }

    // ---------------------------------------------------------------- CSV

    /** CSV per RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line break), UTF-8 with BOM. */
    public static byte[] csv(ReportTable table, Locale locale) {
        StringBuilder sb = new StringBuilder();
        List<ReportColumn> columns = table.columns();
        List<String> header = new ArrayList<>();
        for (ReportColumn c : columns) {
            header.add(Labels.pick(c.labels(), locale, c.key()));
        }
        line(sb, header);
        for (List<Object> row : table.rows()) {
            line(sb, texts(columns, row));
        }
        if (table.totals() != null) {
            line(sb, texts(columns, table.totals()));
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    private static List<String> texts(List<ReportColumn> columns, List<Object> row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(text(columns.get(i).type(), i < row.size() ? row.get(i) : null));
        }
        return out;
    }

    /** A cell as CSV text: money with two decimals, dates ISO, numbers plain. */
    static String text(ColumnType type, Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n) {
            return switch (type) {
                case MONEY -> decimal(n).setScale(2, RoundingMode.HALF_UP).toPlainString();
                case PERCENT -> decimal(n).setScale(4, RoundingMode.HALF_UP).toPlainString();
                case INTEGER -> decimal(n).setScale(0, RoundingMode.HALF_UP).toPlainString();
                default -> decimal(n).toPlainString();
            };
        }
        return v.toString();
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        sb.append("\r\n");
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(n.toString());
    }

    // ---------------------------------------------------------------- XLSX

    /** An XLSX workbook of one sheet: bold header row, typed cells (numbers, dates), a bold totals row. */
    public static byte[] xlsx(String sheetName, ReportTable table, Locale locale) {
        // POI's XML beans find their schema types through the context class loader: in OSGi that must be POI's own
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try {
            return writeXlsx(sheetName, table, locale);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static byte[] writeXlsx(String sheetName, ReportTable table, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName(sheetName));
            DataFormat fmt = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Map<ColumnType, CellStyle[]> styles = new LinkedHashMap<>();
            for (ColumnType t : ColumnType.values()) {
                String format = switch (t) {
                    case MONEY -> "#,##0.00";
                    case PERCENT -> "0.00%";
                    case INTEGER -> "0";
                    case DATE -> "yyyy-mm-dd";
                    default -> null;
                };
                CellStyle plain = wb.createCellStyle();
                CellStyle strong = wb.createCellStyle();
                strong.setFont(bold);
                if (format != null) {
                    plain.setDataFormat(fmt.getFormat(format));
                    strong.setDataFormat(fmt.getFormat(format));
                }
                styles.put(t, new CellStyle[] {plain, strong});
            }
            List<ReportColumn> columns = table.columns();
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(Labels.pick(columns.get(i).labels(), locale, columns.get(i).key()));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<Object> row : table.rows()) {
                write(sheet.createRow(r++), columns, row, styles, 0);
            }
            if (table.totals() != null) {
                write(sheet.createRow(r), columns, table.totals(), styles, 1);
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<ReportColumn> columns, List<Object> values, Map<ColumnType, CellStyle[]> styles,
            int style) {
        for (int i = 0; i < columns.size(); i++) {
            Object v = i < values.size() ? values.get(i) : null;
            ColumnType type = columns.get(i).type();
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles.get(type)[style]);
            if (v == null) {
                continue;
            }
            if (v instanceof Number n) {
                cell.setCellValue(decimal(n).doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
            } else if (v instanceof LocalDateTime dt) {
                cell.setCellValue(dt);
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }

    /** Excel sheet names: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        String clean = name == null || name.isBlank() ? "Report" : name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
