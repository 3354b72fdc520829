package org.kehu.platform.core.internal.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.kehu.platform.api.ledger.CreditWarning;
import org.kehu.platform.api.ledger.LedgerTopics;
import org.kehu.platform.api.ledger.WarningKind;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.core.internal.entity.WarningStateEntity;
import org.kehu.platform.core.internal.rules.CreditPosition;
import org.kehu.platform.core.internal.rules.Warnings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the warnings last seen per customer and turns changes into
 * {@link LedgerTopics#WARNING_RAISED} and {@link LedgerTopics#WARNING_CLEARED}
 * events: after every ledger change of a customer, and on a schedule (setting
 * {@code warning.scan.minutes}) for what changes with time alone, such as
 * receivables falling due and temporary credit nearing its expiry.
 */
public class WarningTracker {

    private static final Logger LOG = LoggerFactory.getLogger(WarningTracker.class);

    private final Ledger ledger;
    private ScheduledExecutorService scheduler;

    public WarningTracker(Ledger ledger) {
        this.ledger = ledger;
    }

    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kehu-warning-scan");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::scheduledScan, 2, 1, TimeUnit.MINUTES);
    }

    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private volatile long lastScan;

    private void scheduledScan() {
        int minutes = ledger.settings().warningScanMinutes();
        long now = System.currentTimeMillis();
        if (minutes == 0 || now - lastScan < minutes * 60_000L) {
            return;
        }
        lastScan = now;
        try {
            int n = ledger.write((em, events) -> {
                events.addAll(syncAll(em));
                return events.size();
            });
            LOG.debug("Warning scan published {} events", n);
        } catch (RuntimeException e) {
            LOG.warn("Warning scan failed; it runs again later", e);
        }
    }

    /** The warnings of some customers (all with credit business when {@code customerId} is null) as of today. */
    List<CreditWarning> warnings(EntityManager em, Long customerId, Map<Long, String[]> names) {
        LocalDate today = ledger.today();
        LedgerSettings.Values s = ledger.settings();
        Map<Long, CreditPosition> positions = LedgerQueries.positions(em, customerId, today);
        List<CreditWarning> out = new java.util.ArrayList<>();
        for (CreditPosition p : positions.values()) {
            String[] n = names == null ? null : names.get(p.customerId());
            out.addAll(Warnings.of(p, n == null ? null : n[0], n == null ? null : n[1], s.warningExposureShare(),
                    s.warningTemporaryCreditDays(), today, ledger.currency()));
        }
        return out;
    }

    /** Compares a customer's warnings with those last seen and records the change; returns the events. */
    public List<KehuEvent> sync(EntityManager em, long customerId) {
        return sync(em, List.of(customerId), warnings(em, customerId, null));
    }

    List<KehuEvent> syncAll(EntityManager em) {
        List<CreditWarning> current = warnings(em, null, null);
        Set<Long> customers = new HashSet<>();
        current.forEach(w -> customers.add(w.customerId()));
        em.createQuery("SELECT DISTINCT w.customerId FROM WarningStateEntity w", Long.class).getResultList()
                .forEach(customers::add);
        return sync(em, customers, current);
    }

    private List<KehuEvent> sync(EntityManager em, Collection<Long> customers, List<CreditWarning> current) {
        Map<List<Object>, CreditWarning> now = new LinkedHashMap<>();
        current.forEach(w -> now.put(List.of(w.customerId(), w.kind()), w));
        Map<List<Object>, WarningStateEntity> seen = new HashMap<>();
        if (customers.size() == 1) {
            em.createQuery("SELECT w FROM WarningStateEntity w WHERE w.customerId = :c", WarningStateEntity.class)
                    .setParameter("c", customers.iterator().next()).getResultList()
                    .forEach(w -> seen.put(List.of(w.getCustomerId(), w.getKind()), w));
        } else {
            em.createQuery("SELECT w FROM WarningStateEntity w", WarningStateEntity.class).getResultList()
                    .forEach(w -> seen.put(List.of(w.getCustomerId(), w.getKind()), w));
        }
        List<KehuEvent> events = new java.util.ArrayList<>();
        var at = ledger.clock().instant();
        for (var e : now.entrySet()) {
            if (!seen.containsKey(e.getKey())) {
                CreditWarning w = e.getValue();
                WarningStateEntity state = new WarningStateEntity();
                state.setCustomerId(w.customerId());
                state.setKind(w.kind());
                state.setRaisedAt(at);
                em.persist(state);
                Map<String, Object> props = new HashMap<>();
                props.put("customerId", w.customerId());
                props.put("kind", w.kind().name());
                props.put("message", w.message());
                if (w.amount() != null) {
                    props.put("amount", w.amount().amount());
                }
                if (w.days() != null) {
                    props.put("days", w.days());
                }
                events.add(new KehuEvent(LedgerTopics.WARNING_RAISED, props, at));
            }
        }
        for (var e : seen.entrySet()) {
            if (!now.containsKey(e.getKey()) && customers.contains(e.getValue().getCustomerId())) {
                em.remove(e.getValue());
                events.add(new KehuEvent(LedgerTopics.WARNING_CLEARED, Map.of("customerId", e.getValue().getCustomerId(),
                        "kind", ((WarningKind) e.getValue().getKind()).name()), at));
            }
        }
        return events;
    }
}
