package org.kehu.platform.core.internal.grading;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores an assignment's figures as text: one line per figure, {@code name TAB type TAB value}, the type {@code n}
 * (number), {@code b} (boolean) or {@code s} (text, with backslash, tab and newline escaped).
 */
final class Figures {

    private Figures() {
    }

    static String encode(Map<String, Object> figures) {
        if (figures == null || figures.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        figures.forEach((name, value) -> {
            if (name == null || value == null) {
                return;
            }
            out.append(escape(name)).append('\t');
            if (value instanceof BigDecimal d) {
                out.append("n\t").append(d.toPlainString());
            } else if (value instanceof Number n) {
                out.append("n\t").append(new BigDecimal(n.toString()).toPlainString());
            } else if (value instanceof Boolean b) {
                out.append("b\t").append(b);
            } else {
                out.append("s\t").append(escape(value.toString()));
            }
            out.append('\n');
        });
        return out.toString();
    }

    static Map<String, Object> decode(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                continue;
            }
            String name = unescape(parts[0]);
            switch (parts[1]) {
                case "n" -> out.put(name, new BigDecimal(parts[2]));
                case "b" -> out.put(name, Boolean.parseBoolean(parts[2]));
                default -> out.put(name, unescape(parts[2]));
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
