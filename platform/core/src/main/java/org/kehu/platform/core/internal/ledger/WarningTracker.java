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
            int published = scan();
            LOG.debug("Warning scan published {} events", published);
        } catch (RuntimeException e) {
            LOG.warn("Warning scan failed; it runs again later", e);
        }
    }

    /**
     * Finds the customers whose warnings differ from those last seen, then syncs
     * each under its own lock, in its own short transaction.
     *
     * @return the number of events published
     */
    int scan() {
        List<Long> changed = ledger.read(this::changedCustomers);
        int published = 0;
        for (Long id : changed) {
            try {
                published += ledger.write((em, events) -> {
                    Ledger.lockCustomer(em, id);
                    events.addAll(sync(em, id));
                    return events.size();
                });
            } catch (RuntimeException e) {
                LOG.warn("Warnings of customer {} could not be synced; the next scan tries again", id, e);
            }
        }
        return published;
    }

    private List<Long> changedCustomers(EntityManager em) {
        Map<Long, Set<WarningKind>> now = new HashMap<>();
        warnings(em, null, null).forEach(w -> now.computeIfAbsent(w.customerId(), k -> new HashSet<>()).add(w.kind()));
        Map<Long, Set<WarningKind>> seen = new HashMap<>();
        em.createQuery("SELECT w FROM WarningStateEntity w", WarningStateEntity.class).getResultList()
                .forEach(w -> seen.computeIfAbsent(w.getCustomerId(), k -> new HashSet<>()).add(w.getKind()));
        Set<Long> all = new java.util.TreeSet<>(now.keySet());
        all.addAll(seen.keySet());
        return all.stream().filter(id -> !now.getOrDefault(id, Set.of()).equals(seen.getOrDefault(id, Set.of()))).toList();
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

    /**
     * How grave a warning is: for overdue receivables the aging bucket of the oldest amount, so that a warning is
     * raised again as the debt grows older; the other kinds have one level.
     */
    private int level(CreditWarning w) {
        return w.kind() == WarningKind.OVERDUE && w.days() != null ? ledger.settings().aging().bucketOf(w.days()) : 0;
    }

    /** Compares a customer's warnings with those last seen and records the change; returns the events. */
    public List<KehuEvent> sync(EntityManager em, long customerId) {
        return sync(em, List.of(customerId), warnings(em, customerId, null));
    }

    private List<KehuEvent> sync(EntityManager em, Collection<Long> customers, List<CreditWarning> current) {
        Map<List<Object>, CreditWarning> now = new LinkedHashMap<>();
        current.forEach(w -> now.put(List.of(w.customerId(), w.kind()), w));
        Map<List<Object>, WarningStateEntity> seen = new HashMap<>();
        em.createQuery("SELECT w FROM WarningStateEntity w WHERE w.customerId IN :c", WarningStateEntity.class)
                .setParameter("c", List.copyOf(customers)).getResultList()
                .forEach(w -> seen.put(List.of(w.getCustomerId(), w.getKind()), w));
        List<KehuEvent> events = new java.util.ArrayList<>();
        var at = ledger.clock().instant();
        for (var e : now.entrySet()) {
            CreditWarning w = e.getValue();
            int level = level(w);
            WarningStateEntity state = seen.get(e.getKey());
            boolean escalated = state != null && level > state.getLevel();
            if (state == null) {
                state = new WarningStateEntity();
                state.setCustomerId(w.customerId());
                state.setKind(w.kind());
                state.setRaisedAt(at);
                state.setLevel(level);
                em.persist(state);
            } else if (level != state.getLevel()) {
                state.setLevel(level);
                if (!escalated) {
                    continue;
                }
            } else {
                continue;
            }
            Map<String, Object> props = new HashMap<>();
            props.put("customerId", w.customerId());
            props.put("kind", w.kind().name());
            props.put("message", w.message());
            props.put("escalated", escalated);
            if (w.amount() != null) {
                props.put("amount", w.amount().amount());
            }
            if (w.days() != null) {
                props.put("days", w.days());
            }
            events.add(new KehuEvent(LedgerTopics.WARNING_RAISED, props, at));
        }
        for (var e : seen.entrySet()) {
            if (!now.containsKey(e.getKey()) && customers.contains(e.getValue().getCustomerId())) {
                em.remove(e.getValue());
                events.add(new KehuEvent(LedgerTopics.WARNING_CLEARED, Map.of("customerId", e.getValue().getCustomerId(),
                        "kind", e.getValue().getKind().name()), at));
            }
        }
        return events;
    }
}
