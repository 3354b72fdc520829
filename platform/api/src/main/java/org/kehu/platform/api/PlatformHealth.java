package org.kehu.platform.api;

/** Liveness of the platform, as reported by {@code /health}. */
public interface PlatformHealth {

    Status status();

    /** {@code up} when the database answers; {@code demoData} is NONE, LOADING, LOADED or FAILED. */
    record Status(boolean up, boolean database, String demoData, long customers) {
    }
}
