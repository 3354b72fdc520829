package org.kehu.platform.rest.internal;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;

/** The language of labels and names in an answer: the first of zh or en in Accept-Language, else English. */
final class Languages {

    private Languages() {
    }

    static Locale of(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale l : accepted) {
            if (l.getLanguage().equals("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (l.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
