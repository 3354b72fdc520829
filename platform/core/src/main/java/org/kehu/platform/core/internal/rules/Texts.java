package org.kehu.platform.core.internal.rules;

/** Normalization of text input: trimmed, and blank taken as absent. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
