package org.kehu.itest.plugin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kehu.platform.api.spi.Grade;
import org.kehu.platform.api.spi.GradeSink;
import org.kehu.platform.api.spi.Grader;
import org.kehu.platform.api.spi.GradingPolicy;
import org.kehu.platform.api.spi.GradingSubject;

/** Grades mining customers by annual output: BIG from the threshold on, else SMALL. */
public class MiningPolicy implements GradingPolicy, Grader {

    @Override
    public String id() {
        return "mining-output";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "矿山产量分级" : "Mine output tier";
    }

    @Override
    public List<Grade> scale() {
        return List.of(new Grade("BIG", Map.of("zh-CN", "大型", "en", "Big")),
                new Grade("SMALL", Map.of("zh-CN", "小型", "en", "Small")));
    }

    @Override
    public Grader grader(String period, Map<String, String> settings) {
        return this;
    }

    @Override
    public void accept(GradingSubject subject, GradeSink sink) {
        Object output = subject.attribute("annualOutput");
        boolean big = output instanceof Number n && new BigDecimal(n.toString()).compareTo(new BigDecimal("1000000")) >= 0;
        sink.assign(subject.customerId(), big ? "BIG" : "SMALL", "annual output " + output, Map.of("annualOutput",
                output == null ? "none" : output));
    }

    @Override
    public void finish(GradeSink sink) {
    }
}
