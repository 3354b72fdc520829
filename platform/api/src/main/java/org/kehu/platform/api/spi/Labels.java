package org.kehu.platform.api.spi;

import java.util.Locale;
import java.util.Map;

/** Picks a label for a locale from labels keyed by language tag ({@code zh-CN}, {@code en}). */
public final class Labels {

    private Labels() {
    }

    /** The label for the locale's language tag, else its language, else {@code en}, else any, else {@code fallback}. */
    public static String pick(Map<String, String> labels, Locale locale, String fallback) {
        if (labels == null || labels.isEmpty()) {
            return fallback;
        }
        if (locale != null) {
            String exact = labels.get(locale.toLanguageTag());
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<String, String> e : labels.entrySet()) {
                if (Locale.forLanguageTag(e.getKey()).getLanguage().equals(locale.getLanguage())) {
                    return e.getValue();
                }
            }
        }
        String en = labels.get("en");
        return en != null ? en : labels.values().iterator().next();
    }
}
