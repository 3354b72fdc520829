package org.kehu.itest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Boots the real Kehu distribution (the tar.gz this module builds) once per
 * test class, on free ports and without demo data; the tests talk HTTP to it.
 */
abstract class KehuTestSupport {

    private static KehuRuntime runtime;

    @BeforeAll
    static void boot() throws Exception {
        runtime = KehuRuntime.unpack("runtime-" + System.nanoTime(), false);
        runtime.start("DISABLED");
    }

    @AfterAll
    static void shutDown() throws Exception {
        if (runtime != null) {
            runtime.stop();
        }
    }

    /** The base URL of the running runtime, e.g. {@code http://localhost:PORT/crm}. */
    protected static String baseUrl() {
        return runtime.baseUrl();
    }
}
