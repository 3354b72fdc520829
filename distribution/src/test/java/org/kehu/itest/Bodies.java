package org.kehu.itest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies and reply parts the container tests share. */
final class Bodies {

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Bodies() {
    }

    /** A JSON object from keys and values, leaving out the {@code null} values. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    static Map<String, String> cny(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }

    /** A random valid unified social credit code of a Wuhan company. */
    static String creditCode() {
        StringBuilder first17 = new StringBuilder("91420100");
        for (int i = 0; i < 9; i++) {
            first17.append(CODE_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CODE_ALPHABET.length())));
        }
        return first17 + RestApiIT.checkChar(first17.toString());
    }

    /** The fields named by a problem's errors. */
    static List<String> fields(Http.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
