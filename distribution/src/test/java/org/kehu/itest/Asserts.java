package org.kehu.itest;

import org.junit.jupiter.api.Assertions;

/** Assertions with the message first, which reads better where the message is the HTTP reply. */
final class Asserts {

    private Asserts() {
    }

    static void assertEquals(Object expected, Object actual) {
        Assertions.assertEquals(expected, actual);
    }

    static void assertEquals(long expected, long actual) {
        Assertions.assertEquals(expected, actual);
    }

    static void assertEquals(String message, Object expected, Object actual) {
        Assertions.assertEquals(expected, actual, message);
    }

    static void assertEquals(String message, long expected, long actual) {
        Assertions.assertEquals(expected, actual, message);
    }

    static void assertTrue(boolean condition) {
        Assertions.assertTrue(condition);
    }

    static void assertTrue(String message, boolean condition) {
        Assertions.assertTrue(condition, message);
    }

    static void assertFalse(boolean condition) {
        Assertions.assertFalse(condition);
    }

    static void assertNotNull(String message, Object value) {
        Assertions.assertNotNull(value, message);
    }
}
