package org.kehu.itest.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;

/** A one-row report, enough to show that a plugin's report is listed while the plugin is installed. */
public class MiningReport implements ReportProvider {

    @Override
    public String id() {
        return "mining-output";
    }

    @Override
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "矿山产量报表" : "Mine output report";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter("year", ColumnType.INTEGER, true, Map.of("zh-CN", "年度", "en", "Year")));
    }

    @Override
    public ReportTable run(ReportRequest request) {
        return new ReportTable(List.of(new ReportColumn("mine", ColumnType.TEXT, Map.of("zh-CN", "矿山", "en", "Mine"))),
                List.of(List.<Object>of("—")), null, ChartHint.NONE);
    }
}
