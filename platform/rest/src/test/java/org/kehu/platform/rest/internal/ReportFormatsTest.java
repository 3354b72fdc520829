package org.kehu.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;

class ReportFormatsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static ReportTable table() {
        List<ReportColumn> columns = List.of(
                new ReportColumn("name", ColumnType.TEXT, Map.of("zh-CN", "客户", "en", "Customer")),
                new ReportColumn("count", ColumnType.INTEGER, Map.of("zh-CN", "数量", "en", "Count")),
                new ReportColumn("sales", ColumnType.MONEY, Map.of("zh-CN", "销售额", "en", "Sales")),
                new ReportColumn("share", ColumnType.PERCENT, Map.of("zh-CN", "占比", "en", "Share")),
                new ReportColumn("since", ColumnType.DATE, Map.of("zh-CN", "日期", "en", "Date")));
        List<List<Object>> rows = List.of(
                Arrays.asList("Acme, \"Ltd\"", 3L, new BigDecimal("1234.5"), new BigDecimal("0.25"), LocalDate.of(2026, 3, 1)),
                Arrays.asList("北京\n分公司", 1, new BigDecimal("10"), null, null));
        return new ReportTable(columns, rows, Arrays.asList("合计", 4L, new BigDecimal("1244.5"), new BigDecimal("1"), null),
                ChartHint.BAR);
    }

    @Test
    void csvStartsWithBomAndHasHeaderInTheLocale() {
        byte[] csv = ReportFormats.csv(table(), ZH);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("客户,数量,销售额,占比,日期\r\n"), text);
        String en = new String(ReportFormats.csv(table(), Locale.ENGLISH), StandardCharsets.UTF_8).substring(1);
        assertTrue(en.startsWith("Customer,Count,Sales,Share,Date\r\n"), en);
    }

    @Test
    void csvQuotesPerRfc4180AndFormatsMoneyAndDates() {
        String text = new String(ReportFormats.csv(table(), ZH), StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n", -1);
        assertEquals("\"Acme, \"\"Ltd\"\"\",3,1234.50,0.2500,2026-03-01", lines[1]);
        assertEquals("\"北京\n分公司\",1,10.00,,", lines[2]);
        assertEquals("合计,4,1244.50,1.0000,", lines[3]);
        assertEquals("", lines[4]);
        assertEquals(5, lines.length);
    }

    @Test
    void quoteLeavesPlainFieldsAlone() {
        assertEquals("abc", ReportFormats.quote("abc"));
        assertEquals("\"a\rb\"", ReportFormats.quote("a\rb"));
        assertEquals("\"\"\"\"", ReportFormats.quote("\""));
    }

    @Test
    void xlsxHasTypedCellsBoldHeaderAndTotals() throws Exception {
        byte[] bytes = ReportFormats.xlsx("客户结构", table(), ZH);
        assertEquals('P', bytes[0]);
        assertEquals('K', bytes[1]);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("客户结构", sheet.getSheetName());
            assertEquals("客户", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            var row = sheet.getRow(1);
            assertEquals("Acme, \"Ltd\"", row.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
            assertEquals(3.0, row.getCell(1).getNumericCellValue());
            assertEquals(1234.5, row.getCell(2).getNumericCellValue());
            assertEquals("#,##0.00", row.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(0.25, row.getCell(3).getNumericCellValue());
            assertEquals("0.00%", row.getCell(3).getCellStyle().getDataFormatString());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(4)));
            assertEquals(LocalDate.of(2026, 3, 1), row.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.BLANK, sheet.getRow(2).getCell(3).getCellType());
            var totals = sheet.getRow(3);
            assertEquals("合计", totals.getCell(0).getStringCellValue());
            assertEquals(1244.5, totals.getCell(2).getNumericCellValue());
            assertTrue(wb.getFontAt(totals.getCell(2).getCellStyle().getFontIndex()).getBold());
            assertNull(sheet.getRow(4));
        }
    }

    @Test
    void sheetNamesAreMadeValid() {
        assertEquals("a_b_c", ReportFormats.sheetName("a/b?c"));
        assertEquals(31, ReportFormats.sheetName("x".repeat(40)).length());
        assertEquals("Report", ReportFormats.sheetName(" "));
    }

    @Test
    void jsonViewKeysRowsByColumnWithLabelsInTheLocale() {
        ReportFormats.TableView v = ReportFormats.json("r", "R", table(), Locale.ENGLISH);
        assertEquals("Sales", v.columns().get(2).label());
        assertEquals(new BigDecimal("1234.50"), v.rows().get(0).get("sales"));
        assertEquals("2026-03-01", v.rows().get(0).get("since"));
        assertEquals("合计", v.totals().get("name"));
        assertEquals("BAR", v.chart());
    }

    @Test
    void validationNamesMissingAndMalformedParameters() {
        ReportProvider p = new ReportProvider() {
            @Override
            public String id() {
                return "x";
            }

            @Override
            public String name(Locale locale) {
                return "x";
            }

            @Override
            public List<ReportParameter> parameters() {
                return List.of(new ReportParameter("year", ColumnType.INTEGER, true, Map.of()),
                        new ReportParameter("asOf", ColumnType.DATE, false, Map.of()));
            }

            @Override
            public ReportTable run(ReportRequest request) {
                return null;
            }
        };
        ValidationException e = assertThrows(ValidationException.class,
                () -> ReportResource.validate(p, Map.of("asOf", "2026-13-01")));
        assertEquals(2, e.getErrors().size());
        assertEquals("year", e.getErrors().get(0).field());
        assertEquals("asOf", e.getErrors().get(1).field());
        ReportResource.validate(p, Map.of("year", "2026"));
    }
}
