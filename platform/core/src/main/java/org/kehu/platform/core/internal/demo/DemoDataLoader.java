package org.kehu.platform.core.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.kehu.platform.api.ActivityDraft;
import org.kehu.platform.api.ActivityService;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ContactDraft;
import org.kehu.platform.api.ContactService;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerService;
import org.kehu.platform.api.HandoverRequest;
import org.kehu.platform.api.RelationshipDraft;
import org.kehu.platform.api.RelationshipService;
import org.kehu.platform.api.StatusChangeRequest;
import org.kehu.platform.core.internal.entity.SettingEntity;
import org.kehu.platform.core.internal.service.CoreSettings;
import org.kehu.platform.core.internal.service.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo customers once, on the first start of an empty database,
 * through the same services clients use. It all happens in one transaction with
 * a marker row, so a failed or interrupted load leaves nothing behind and is
 * tried again on the next start.
 */
public class DemoDataLoader {

    public enum State { DISABLED, PENDING, LOADING, LOADED, SKIPPED, FAILED }

    static final String MARKER = "demo.data.loaded";
    static final int CUSTOMERS = 320;
    static final long SEED = 20261123L;

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Store store;
    private final CoreSettings settings;
    private final CustomerService customers;
    private final ContactService contacts;
    private final RelationshipService relationships;
    private final ActivityService activities;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "kehu-demo-data"));
    private volatile State state = State.PENDING;

    public DemoDataLoader(Store store, CoreSettings settings, CustomerService customers, ContactService contacts,
            RelationshipService relationships, ActivityService activities) {
        this.store = store;
        this.settings = settings;
        this.customers = customers;
        this.contacts = contacts;
        this.relationships = relationships;
        this.activities = activities;
    }

    public State state() {
        return state;
    }

    public void start() {
        if (!settings.demoData()) {
            state = State.DISABLED;
            return;
        }
        executor.execute(this::loadOnce);
    }

    public void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    void loadOnce() {
        try {
            state = State.LOADING;
            state = store.write(em -> {
                SettingEntity marker = em.find(SettingEntity.class, MARKER);
                if (marker != null) {
                    return marker.getValue().startsWith("skipped") ? State.SKIPPED : State.LOADED;
                }
                long existing = em.createQuery("SELECT COUNT(c) FROM CustomerEntity c", Long.class).getSingleResult();
                if (existing > 0) {
                    // a database with real customers gets no demo data
                    em.persist(new SettingEntity(MARKER, "skipped: database had customers"));
                    return State.SKIPPED;
                }
                long started = System.nanoTime();
                int count = load(DemoDataSet.generate(SEED, CUSTOMERS, LocalDate.now()));
                em.persist(new SettingEntity(MARKER, Instant.now().toString()));
                LOG.info("Loaded {} demo customers in {} ms", count, (System.nanoTime() - started) / 1_000_000);
                return State.LOADED;
            });
        } catch (RuntimeException e) {
            state = State.FAILED;
            LOG.error("Loading the demo data failed; it will be tried again on the next start", e);
        }
    }

    private int load(List<DemoDataSet.DemoCustomer> data) {
        Actor actor = Actor.SYSTEM;
        List<Customer> created = new ArrayList<>();
        for (DemoDataSet.DemoCustomer demo : data) {
            Customer customer = customers.create(actor, demo.draft());
            created.add(customer);
            for (ContactDraft contact : demo.contacts()) {
                contacts.add(actor, customer.id(), contact);
            }
            relationships.setRoles(actor, customer.id(), demo.roles());
            for (ActivityDraft activity : demo.activities()) {
                activities.add(actor, customer.id(), activity);
            }
            for (DemoDataSet.DemoRelation relation : demo.relations()) {
                relationships.relate(actor, customer.id(), new RelationshipDraft(relation.type(),
                        created.get(relation.toIndex()).id(), relation.since(), relation.note()));
            }
            for (StatusChangeRequest step : demo.transitions()) {
                long version = customers.get(actor, customer.id()).version();
                customers.changeStatus(actor, customer.id(),
                        new StatusChangeRequest(step.status(), step.reason(), step.churnReason(), version));
            }
            if (demo.winBack() != null) {
                customers.decideWinBack(actor, customer.id(), demo.winBack());
            }
            for (HandoverRequest handover : demo.handovers()) {
                customers.handOver(actor, customer.id(), handover);
            }
        }
        return created.size();
    }
}
