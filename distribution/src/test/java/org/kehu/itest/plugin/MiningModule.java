package org.kehu.itest.plugin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kehu.platform.api.spi.AttributeDefinition;
import org.kehu.platform.api.spi.AttributeType;
import org.kehu.platform.api.spi.IndustryModule;

/** The industry of a small plugin bundle that the container tests build and install at run time. */
public class MiningModule implements IndustryModule {

    @Override
    public String id() {
        return "mining";
    }

    @Override
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "矿业" : "Mining";
    }

    @Override
    public List<AttributeDefinition> attributes() {
        return List.of(new AttributeDefinition("annualOutput", AttributeType.INTEGER, false, BigDecimal.ZERO, null, null, null,
                Map.of("zh-CN", "年产量(吨)", "en", "Annual output (t)")));
    }
}
