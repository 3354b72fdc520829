package org.kehu.platform.soap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;

class AnalyticsMappingTest {

    private static final List<ReportColumn> COLUMNS = List.of(
            new ReportColumn("day", ColumnType.DATE, Map.of("zh-CN", "日期", "en", "Day")),
            new ReportColumn("amount", ColumnType.MONEY, Map.of("zh-CN", "金额", "en", "Amount")),
            new ReportColumn("note", ColumnType.TEXT, Map.of()));

    @Test
    void cellsAreTextNamedByColumnAndNullsAreLeftOut() {
        ReportTable table = new ReportTable(COLUMNS,
                List.of(Arrays.asList(LocalDate.of(2026, 7, 1), new BigDecimal("1E+3"), null)),
                Arrays.asList(null, new BigDecimal("1000.50"), "合计"), ChartHint.BAR);

        AnalyticsTypes.ReportData data = AnalyticsMapping.toData("r", "报表", table, Locale.SIMPLIFIED_CHINESE);

        assertEquals(List.of("日期", "金额", "note"), data.columns.stream().map(c -> c.label).toList());
        assertEquals(ColumnType.MONEY, data.columns.get(1).type);
        List<AnalyticsTypes.ReportCellData> row = data.rows.get(0).cells;
        assertEquals(List.of("day", "amount"), row.stream().map(c -> c.column).toList());
        assertEquals(List.of("2026-07-01", "1000"), row.stream().map(c -> c.value).toList());
        assertEquals(List.of("amount", "note"), data.totals.cells.stream().map(c -> c.column).toList());
        assertEquals(List.of("1000.50", "合计"), data.totals.cells.stream().map(c -> c.value).toList());
        assertEquals(ChartHint.BAR, data.chart);
    }

    @Test
    void noTotalsNoTotalsRow() {
        ReportTable table = new ReportTable(COLUMNS, List.of(), null, null);
        AnalyticsTypes.ReportData data = AnalyticsMapping.toData("r", "Report", table, Locale.ENGLISH);
        assertNull(data.totals);
        assertEquals("Day", data.columns.get(0).label);
        assertEquals(ChartHint.NONE, data.chart);
    }

    @Test
    void everyMissingRequiredParameterIsAFieldError() {
        ReportProvider report = report(new ReportParameter("year", ColumnType.INTEGER, true, Map.of()),
                new ReportParameter("month", ColumnType.INTEGER, true, Map.of()),
                new ReportParameter("target", ColumnType.INTEGER, false, Map.of()));

        ValidationException e = assertThrows(ValidationException.class,
                () -> AnalyticsMapping.parameters(report, List.of(parameter("month", " "), parameter("target", "4"))));
        assertEquals(List.of("year", "month"), e.getErrors().stream().map(FieldError::field).toList());

        Map<String, String> params = AnalyticsMapping.parameters(report,
                List.of(parameter("year", " 2026 "), parameter("month", "7"), parameter("month", "8")));
        assertEquals(Map.of("year", "2026", "month", "7"), params);
    }

    @Test
    void englishUnlessChinese() {
        assertEquals(Locale.ENGLISH, AnalyticsMapping.locale(null));
        assertEquals(Locale.ENGLISH, AnalyticsMapping.locale(AnalyticsTypes.Language.EN));
        assertEquals(Locale.SIMPLIFIED_CHINESE, AnalyticsMapping.locale(AnalyticsTypes.Language.ZH_CN));
    }

    private static AnalyticsTypes.ReportParameterData parameter(String name, String value) {
        AnalyticsTypes.ReportParameterData p = new AnalyticsTypes.ReportParameterData();
        p.name = name;
        p.value = value;
        return p;
    }

    private static ReportProvider report(ReportParameter... parameters) {
        return new ReportProvider() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public String name(Locale locale) {
                return "Test";
            }

            @Override
            public List<ReportParameter> parameters() {
                return List.of(parameters);
            }

            @Override
            public ReportTable run(ReportRequest request) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
