package org.kehu.platform.core.internal.service;

import org.kehu.platform.api.PlatformHealth;
import org.kehu.platform.core.internal.demo.DemoDataLoader;

/** Answers {@code /health}: the database answers a query, and how far the demo data got. */
public class HealthImpl implements PlatformHealth {

    private final Store store;
    private final DemoDataLoader demo;

    public HealthImpl(Store store, DemoDataLoader demo) {
        this.store = store;
        this.demo = demo;
    }

    @Override
    public Status status() {
        if (demo.state() == DemoDataLoader.State.LOADING) {
            // the demo data is written in one long transaction; counting would wait for it
            return new Status(true, true, demo.state().name(), -1);
        }
        try {
            long customers = store.read(em -> em.createQuery(
                    "SELECT COUNT(c) FROM CustomerEntity c WHERE c.deletedAt IS NULL", Long.class).getSingleResult());
            return new Status(true, true, demo.state().name(), customers);
        } catch (RuntimeException e) {
            return new Status(false, false, demo.state().name(), -1);
        }
    }
}
