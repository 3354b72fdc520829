package org.kehu.platform.core.internal.grading;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kehu.platform.api.spi.Grade;
import org.kehu.platform.api.spi.GradingPolicy;
import org.kehu.platform.api.spi.Labels;

/** What the core's grading policies share: their id, version, names in zh-CN and en, and their scale. */
abstract class CorePolicy implements GradingPolicy {

    private final String id;
    private final int version;
    private final Map<String, String> names;
    private final List<Grade> scale;

    CorePolicy(String id, int version, String zh, String en, List<Grade> scale) {
        this.id = id;
        this.version = version;
        this.names = Map.of("zh-CN", zh, "en", en);
        this.scale = List.copyOf(scale);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public String name(Locale locale) {
        return Labels.pick(names, locale, id);
    }

    @Override
    public List<Grade> scale() {
        return scale;
    }
}
