package org.kehu.platform.core.internal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.ledger.CreditChange;
import org.kehu.platform.api.ledger.CreditChangeKind;
import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.CreditProfile;
import org.kehu.platform.api.ledger.CreditService;
import org.kehu.platform.api.ledger.CreditUpdate;
import org.kehu.platform.api.ledger.CreditWarning;
import org.kehu.platform.api.ledger.ListDecision;
import org.kehu.platform.api.ledger.ListEntry;
import org.kehu.platform.api.ledger.TemporaryCreditDraft;
import org.kehu.platform.api.ledger.WarningKind;
import org.kehu.platform.core.internal.entity.CreditAccountEntity;
import org.kehu.platform.core.internal.entity.CreditChangeEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.entity.ListEntryEntity;
import org.kehu.platform.core.internal.entity.TemporaryCreditEntity;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.rules.CreditPosition;
import org.kehu.platform.core.internal.rules.CreditRules;
import org.kehu.platform.core.internal.rules.ListRules;
import org.kehu.platform.core.internal.rules.Texts;
import org.kehu.platform.core.internal.rules.Violations;

public class CreditServiceImpl implements CreditService {

    private final Ledger ledger;
    private final WarningTracker warnings;

    public CreditServiceImpl(Ledger ledger, WarningTracker warnings) {
        this.ledger = ledger;
        this.warnings = warnings;
    }

    @Override
    public CreditProfile profile(Actor actor, long customerId) {
        return ledger.read(em -> {
            Ledger.customer(em, customerId);
            return profile(em, customerId);
        });
    }

    CreditProfile profile(EntityManager em, long customerId) {
        LocalDate today = ledger.today();
        CreditPosition p = LedgerQueries.position(em, customerId, today);
        CreditAccountEntity a = em.find(CreditAccountEntity.class, customerId);
        var temps = em.createQuery("SELECT t FROM TemporaryCreditEntity t WHERE t.customerId = :c AND t.expiresOn >= :today"
                + " ORDER BY t.expiresOn, t.id", TemporaryCreditEntity.class)
                .setParameter("c", customerId).setParameter("today", java.sql.Date.valueOf(today)).getResultList().stream()
                .map(t -> Records.temporary(ledger, t)).toList();
        return new CreditProfile(customerId, a == null ? null : a.getRating(),
                ledger.money(a == null ? BigDecimal.ZERO : a.getAnnualLimit()), a == null ? null : a.getValidFrom(),
                a == null ? null : a.getValidTo(),
                a == null ? ledger.settings().defaultPaymentTermDays() : a.getPaymentTermDays(), temps,
                ledger.money(p.limit()), ledger.money(p.receivables()), ledger.money(p.unshipped()), ledger.money(p.exposure()),
                ledger.money(p.available()), p.utilization(), ledger.money(p.overdue()), p.oldestOverdueDays(), ledger.money(p.prepayments()), p.list(),
                a == null ? 0 : a.getVersion());
    }

    @Override
    public CreditProfile update(Actor actor, long customerId, CreditUpdate u) {
        Violations v = new Violations();
        if (u == null) {
            v.add("body", "is required").throwIfAny();
        }
        BigDecimal limit = ledger.amount(v, "annualLimit", u.annualLimit(), false, false);
        if (u.paymentTermDays() != null && (u.paymentTermDays() < 0 || u.paymentTermDays() > 365)) {
            v.add("paymentTermDays", "must be between 0 and 365");
        }
        Ledger.dateInRange(v, "validFrom", u.validFrom());
        Ledger.dateInRange(v, "validTo", u.validTo());
        if (u.validFrom() != null && u.validTo() != null && Ledger.inRange(u.validFrom()) && Ledger.inRange(u.validTo())
                && u.validTo().isBefore(u.validFrom())) {
            v.add("validTo", "must not be before validFrom");
        }
        if ((u.validFrom() != null || u.validTo() != null) && u.annualLimit() == null) {
            v.add("annualLimit", "is required with validFrom or validTo");
        }
        String reason = Texts.clean(u.reason());
        v.requireText("reason", reason, 500);
        v.require("version", u.version());
        if (u.rating() == null && u.annualLimit() == null && u.paymentTermDays() == null) {
            v.add("body", "must change at least one of rating, annualLimit, paymentTermDays");
        }
        v.throwIfAny();
        return ledger.write((em, events) -> {
            Ledger.lockCustomer(em, customerId);
            CreditAccountEntity a = ledger.account(em, customerId, false);
            long current = a == null ? 0 : a.getVersion();
            if (current != u.version()) {
                throw new ConflictException("The credit profile was changed since version " + u.version() + " (now " + current
                        + "); reload it and try again");
            }
            a = ledger.account(em, customerId, true);
            LocalDate today = ledger.today();
            List<CreditChangeEntity> changes = new ArrayList<>();
            if (u.rating() != null && u.rating() != a.getRating()) {
                changes.add(change(customerId, CreditChangeKind.RATING, a.getRating(), u.rating(), reason, actor));
                a.setRating(u.rating());
            }
            if (limit != null) {
                LocalDate from = u.validFrom() != null ? u.validFrom() : today.withDayOfYear(1);
                LocalDate to = u.validTo() != null ? u.validTo() : today.withMonth(12).withDayOfMonth(31);
                String tooEarly = CreditRules.nextLimitTooEarly(a.getAnnualLimit(), a.getValidFrom(), a.getValidTo(), from, today);
                if (tooEarly != null) {
                    throw new ConflictException(tooEarly);
                }
                // an increase is measured against the limit granted for today or later, not against an expired one
                BigDecimal granted = a.getValidTo() == null || !a.getValidTo().isBefore(today) ? a.getAnnualLimit()
                        : BigDecimal.ZERO;
                BigDecimal grants = to.isBefore(today) ? BigDecimal.ZERO : limit;
                if (grants.compareTo(granted) > 0) {
                    CreditPosition p = LedgerQueries.position(em, customerId, today);
                    requireIncreaseAllowed(p);
                    requireWithinCap(em, grants.subtract(granted));
                }
                if (limit.compareTo(a.getAnnualLimit()) != 0 || !Objects.equals(from, a.getValidFrom())
                        || !Objects.equals(to, a.getValidTo())) {
                    changes.add(change(customerId, CreditChangeKind.ANNUAL_LIMIT,
                            Amounts.scale(a.getAnnualLimit()).toPlainString() + " (" + a.getValidFrom() + " – " + a.getValidTo() + ")",
                            limit.toPlainString() + " (" + from + " – " + to + ")", reason, actor));
                    a.setAnnualLimit(limit);
                    a.setValidFrom(from);
                    a.setValidTo(to);
                }
            }
            if (u.paymentTermDays() != null && u.paymentTermDays() != a.getPaymentTermDays()) {
                if (CreditRules.isLongerTerm(a.getPaymentTermDays(), u.paymentTermDays())) {
                    requireIncreaseAllowed(LedgerQueries.position(em, customerId, today));
                }
                changes.add(change(customerId, CreditChangeKind.PAYMENT_TERM, a.getPaymentTermDays(), u.paymentTermDays(),
                        reason, actor));
                a.setPaymentTermDays(u.paymentTermDays());
            }
            changes.forEach(em::persist);
            em.flush();
            events.addAll(warnings.sync(em, customerId));
            return profile(em, customerId);
        });
    }

    private static void requireIncreaseAllowed(CreditPosition p) {
        if (!ListRules.allowsCreditIncrease(p.list())) {
            throw new ConflictException("The customer is on the " + p.list() + " list: no credit increase");
        }
        if (p.overdue().signum() > 0) {
            throw new ConflictException("The customer has " + Amounts.scale(p.overdue()).toPlainString()
                    + " overdue: no credit increase while overdue");
        }
    }

    /** Refuses a grant that would take the total credit granted above the company-wide cap (0 = no cap). */
    private void requireWithinCap(EntityManager em, BigDecimal increase) {
        BigDecimal cap = ledger.settings().totalCreditCap();
        if (cap.signum() == 0) {
            return;
        }
        Ledger.lock(em, Ledger.CREDIT_GRANT_LOCK);
        LocalDate today = ledger.today();
        java.sql.Date day = java.sql.Date.valueOf(today);
        BigDecimal annual = em.createQuery("SELECT SUM(a.annualLimit) FROM CreditAccountEntity a WHERE (a.validTo IS NULL"
                + " OR a.validTo >= :today)", BigDecimal.class).setParameter("today", day).getSingleResult();
        BigDecimal temporary = em.createQuery("SELECT SUM(t.amount) FROM TemporaryCreditEntity t WHERE t.expiresOn >= :today",
                BigDecimal.class).setParameter("today", day).getSingleResult();
        BigDecimal granted = Amounts.nz(annual).add(Amounts.nz(temporary));
        if (granted.add(increase).compareTo(cap) > 0) {
            throw new ConflictException("Granting " + Amounts.scale(increase).toPlainString() + " would take the total credit to "
                    + Amounts.scale(granted.add(increase)).toPlainString() + ", above the company cap of "
                    + Amounts.scale(cap).toPlainString() + " (credit.total.cap)");
        }
    }

    private CreditChangeEntity change(long customerId, CreditChangeKind kind, Object from, Object to, String reason, Actor actor) {
        CreditChangeEntity c = new CreditChangeEntity();
        c.setCustomerId(customerId);
        c.setKind(kind);
        c.setFromValue(from == null ? null : from.toString());
        c.setToValue(to == null ? null : to.toString());
        c.setReason(reason);
        c.setChangedBy(actor.user());
        c.setChangedAt(ledger.clock().instant());
        return c;
    }

    @Override
    public CreditProfile grantTemporary(Actor actor, long customerId, TemporaryCreditDraft d) {
        Violations v = new Violations();
        if (d == null) {
            v.add("body", "is required").throwIfAny();
        }
        BigDecimal amount = ledger.amount(v, "amount", d.amount(), true, true);
        String reason = Texts.clean(d.reason());
        v.requireText("reason", reason, 500);
        LocalDate today = ledger.today();
        LocalDate from = d.validFrom() == null ? today : d.validFrom();
        v.require("expiresOn", d.expiresOn());
        Ledger.dateInRange(v, "validFrom", d.validFrom());
        Ledger.dateInRange(v, "expiresOn", d.expiresOn());
        if (d.expiresOn() != null && Ledger.inRange(d.expiresOn()) && Ledger.inRange(from)) {
            int max = ledger.settings().temporaryCreditMaxDays();
            if (d.expiresOn().isBefore(from) || d.expiresOn().isBefore(today)) {
                v.add("expiresOn", "must not be before validFrom or today");
            } else if (d.expiresOn().isAfter(from.plusDays(max - 1L))) {
                v.add("expiresOn", "must be within " + max + " days of validFrom (credit.temporary.maxDays)");
            }
        }
        v.throwIfAny();
        return ledger.write((em, events) -> {
            Ledger.lockCustomer(em, customerId);
            requireIncreaseAllowed(LedgerQueries.position(em, customerId, today));
            requireWithinCap(em, amount);
            TemporaryCreditEntity t = new TemporaryCreditEntity();
            t.setCustomerId(customerId);
            t.setAmount(amount);
            t.setValidFrom(from);
            t.setExpiresOn(d.expiresOn());
            t.setReason(reason);
            t.setGrantedBy(actor.user());
            t.setGrantedAt(ledger.clock().instant());
            em.persist(t);
            em.persist(change(customerId, CreditChangeKind.TEMPORARY_LIMIT, null,
                    amount.toPlainString() + " (" + from + " – " + d.expiresOn() + ")", reason, actor));
            em.flush();
            events.addAll(warnings.sync(em, customerId));
            return profile(em, customerId);
        });
    }

    @Override
    public List<CreditChange> history(Actor actor, long customerId) {
        return ledger.read(em -> {
            Ledger.customer(em, customerId);
            return em.createQuery("SELECT c FROM CreditChangeEntity c WHERE c.customerId = :c ORDER BY c.changedAt DESC, c.id DESC",
                    CreditChangeEntity.class).setParameter("c", customerId).getResultList().stream()
                    .map(c -> new CreditChange(c.getKind(), c.getFromValue(), c.getToValue(), c.getReason(), c.getChangedBy(),
                            c.getChangedAt()))
                    .toList();
        });
    }

    @Override
    public ListEntry putOnList(Actor actor, ListDecision d) {
        Violations v = new Violations();
        if (d == null) {
            v.add("body", "is required").throwIfAny();
        }
        v.require("list", d.list());
        String reason = Texts.clean(d.reason());
        v.requireText("reason", reason, 500);
        Ledger.dateInRange(v, "since", d.since());
        if (d.since() != null && d.since().isAfter(ledger.today().plusYears(1))) {
            v.add("since", "must be within a year from today");
        }
        v.throwIfAny();
        return ledger.write((em, events) -> {
            CustomerEntity customer = Ledger.lockParty(em, d.customerId());
            CreditAccountEntity a = ledger.account(em, d.customerId(), true);
            CreditListType before = a.getList();
            em.createQuery("SELECT l FROM ListEntryEntity l WHERE l.customerId = :c AND l.current = true", ListEntryEntity.class)
                    .setParameter("c", d.customerId()).getResultList().forEach(l -> l.setCurrent(false));
            ListEntryEntity e = new ListEntryEntity();
            e.setCustomerId(d.customerId());
            e.setList(d.list());
            e.setReason(reason);
            e.setSince(d.since() == null ? ledger.today() : d.since());
            e.setCurrent(true);
            e.setDecidedBy(actor.user());
            e.setDecidedAt(ledger.clock().instant());
            em.persist(e);
            a.setList(d.list());
            em.persist(change(d.customerId(), CreditChangeKind.LIST, before, d.list(), reason, actor));
            em.flush();
            events.addAll(warnings.sync(em, d.customerId()));
            return entry(e, customer);
        });
    }

    private static ListEntry entry(ListEntryEntity e, CustomerEntity c) {
        return new ListEntry(e.getId(), e.getCustomerId(), c == null ? null : c.getNumber(), c == null ? null : c.getName(),
                e.getList(), e.getReason(), e.getSince(), e.isCurrent(), e.getDecidedBy(), e.getDecidedAt());
    }

    @Override
    public Page<ListEntry> listEntries(Actor actor, CreditListType list, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        return ledger.read(em -> {
            Page<ListEntryEntity> rows = ledger.page(em, ListEntryEntity.class, new Ledger.Filter().eq("current", true)
                    .eq("list", list), "e.decidedAt DESC, e.id DESC", page, pageSize);
            Map<Long, CustomerEntity> customers = customers(em, rows.items().stream().map(ListEntryEntity::getCustomerId).toList());
            return Ledger.map(rows, e -> entry(e, customers.get(e.getCustomerId())));
        });
    }

    static Map<Long, CustomerEntity> customers(EntityManager em, List<Long> ids) {
        Map<Long, CustomerEntity> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT c FROM CustomerEntity c WHERE c.id IN :ids", CustomerEntity.class)
                    .setParameter("ids", ids.stream().distinct().toList()).getResultList().forEach(c -> out.put(c.getId(), c));
        }
        return out;
    }

    @Override
    public List<ListEntry> listHistory(Actor actor, long customerId) {
        return ledger.read(em -> {
            CustomerEntity c = Ledger.customer(em, customerId);
            return em.createQuery("SELECT l FROM ListEntryEntity l WHERE l.customerId = :c ORDER BY l.decidedAt DESC, l.id DESC",
                    ListEntryEntity.class).setParameter("c", customerId).getResultList().stream().map(e -> entry(e, c)).toList();
        });
    }

    @Override
    public Page<CreditWarning> warnings(Actor actor, WarningKind kind, Long customerId, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        return ledger.read(em -> {
            if (customerId != null) {
                Ledger.customer(em, customerId);
            }
            List<CreditWarning> all = new ArrayList<>(warnings.warnings(em, customerId, null));
            if (kind != null) {
                all.removeIf(w -> w.kind() != kind);
            }
            all.sort(Comparator.comparing(CreditWarning::kind)
                    .thenComparing(w -> w.amount() == null ? BigDecimal.ZERO : w.amount().amount(), Comparator.reverseOrder())
                    .thenComparing(CreditWarning::customerId));
            int from = Math.min(all.size(), page * pageSize);
            List<CreditWarning> slice = all.subList(from, Math.min(all.size(), from + pageSize));
            Map<Long, CustomerEntity> names = customers(em, slice.stream().map(CreditWarning::customerId).toList());
            List<CreditWarning> items = slice.stream().map(w -> {
                CustomerEntity c = names.get(w.customerId());
                return new CreditWarning(w.customerId(), c == null ? null : c.getNumber(), c == null ? null : c.getName(), w.kind(),
                        w.amount(), w.days(), w.date(), w.message());
            }).toList();
            return new Page<>(items, page, pageSize, all.size());
        });
    }
}
