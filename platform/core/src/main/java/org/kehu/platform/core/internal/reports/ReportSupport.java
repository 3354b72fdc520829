package org.kehu.platform.core.internal.reports;

import java.util.Locale;
import java.util.Map;

import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportRequest;

/** Small helpers the core reports share: bilingual labels and parameter parsing. */
final class ReportSupport {

    private ReportSupport() {
    }

    static Map<String, String> labels(String zh, String en) {
        return Map.of("zh-CN", zh, "en", en);
    }

    static ReportColumn column(String key, ColumnType type, String zh, String en) {
        return new ReportColumn(key, type, labels(zh, en));
    }

    static ReportParameter parameter(String name, ColumnType type, boolean required, String zh, String en) {
        return new ReportParameter(name, type, required, labels(zh, en));
    }

    static boolean chinese(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh");
    }

    static String pick(Locale locale, String zh, String en) {
        return chinese(locale) ? zh : en;
    }

    static String total(Locale locale) {
        return pick(locale, "合计", "Total");
    }

    /** A whole-number parameter within bounds; a missing or bad one is a 400 naming it. */
    static int integer(ReportRequest request, String name, int min, int max) {
        String v = request.parameters().get(name);
        if (v == null || v.isBlank()) {
            throw ValidationException.of(name, "is required");
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "must be a whole number");
        }
        if (n < min || n > max) {
            throw ValidationException.of(name, "must be between " + min + " and " + max);
        }
        return n;
    }
}
