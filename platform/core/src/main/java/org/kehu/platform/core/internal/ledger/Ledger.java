package org.kehu.platform.core.internal.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.EmFunction;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.core.internal.entity.CreditAccountEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.entity.SequenceEntity;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.rules.Violations;
import org.kehu.platform.core.internal.service.CoreSettings;
import org.kehu.platform.core.internal.service.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the ledger services share: the transaction boundary with the events it
 * publishes after commit, the per-customer lock, money validation in the
 * ledger currency, paging and record numbers.
 */
public class Ledger {

    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);

    /** The row locked while credit is granted, so that the company-wide cap holds under concurrent grants. */
    public static final String CREDIT_GRANT_LOCK = "credit.grant.lock";
    /** The row locked while rebates are calculated or settled. */
    public static final String REBATE_LOCK = "rebate.lock";
    /** The lock rows created at start, so that the first users do not race to create them. */
    static final List<String> LOCK_ROWS = List.of(CREDIT_GRANT_LOCK, REBATE_LOCK);

    /** The dates the ledger accepts. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    private final Store store;
    private final LedgerSettings settings;
    private final CoreSettings core;
    private final EventBus events;
    private final TransactionManager transactions;
    private final Clock clock;

    public Ledger(Store store, LedgerSettings settings, CoreSettings core, EventBus events, TransactionManager transactions) {
        this(store, settings, core, events, transactions, Clock.systemDefaultZone());
    }

    Ledger(Store store, LedgerSettings settings, CoreSettings core, EventBus events, TransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.settings = settings;
        this.core = core;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates the named lock rows that are missing. Another node may create them at the same time; then this one
     * logs the failure and the services create a missing row when they first need it.
     */
    public void init() {
        try {
            store.write(em -> {
                for (String name : LOCK_ROWS) {
                    if (em.find(SequenceEntity.class, name) == null) {
                        em.persist(new SequenceEntity(name, 1));
                    }
                }
                em.flush();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not create the ledger's lock rows {}; they are created when first needed", LOCK_ROWS, e);
        }
    }

    /** Locks a named lock row for the rest of the transaction, creating it when it is missing. */
    public static void lock(EntityManager em, String name) {
        Store.lockRow(em, name);
    }

    /** Work inside one transaction that may raise events; they are published once the transaction committed. */
    public interface Work<R> {
        R run(EntityManager em, List<KehuEvent> events);
    }

    public <R> R write(Work<R> work) {
        return store.write(em -> {
            List<KehuEvent> raised = new ArrayList<>();
            R result = work.run(em, raised);
            if (!raised.isEmpty()) {
                afterCommit(raised);
            }
            return result;
        });
    }

    /** Publishes events when the surrounding transaction commits (also when it is an enclosing one), never on rollback. */
    private void afterCommit(List<KehuEvent> raised) {
        try {
            Transaction tx = transactions.getTransaction();
            if (tx != null) {
                tx.registerSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            events.publish(raised);
                        }
                    }
                });
                return;
            }
        } catch (SystemException | javax.transaction.RollbackException | IllegalStateException e) {
            throw new IllegalStateException("Cannot follow the transaction to publish its events", e);
        }
        events.publish(raised);
    }

    public <R> R read(EmFunction<R> work) {
        return store.read(work);
    }

    public LedgerSettings.Values settings() {
        return settings.values();
    }

    public String currency() {
        return settings.values().currency();
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Money money(BigDecimal amount) {
        return Amounts.money(amount, currency());
    }

    /**
     * Validates a monetary input: present when required, in the ledger currency
     * (a missing currency means the ledger's), not negative, strictly positive
     * when {@code positive}, at most two decimals.
     *
     * @return the amount, or {@code null} when absent or invalid
     */
    public BigDecimal amount(Violations v, String field, Money money, boolean required, boolean positive) {
        if (money == null) {
            if (required) {
                v.add(field, "is required");
            }
            return null;
        }
        if (!v.money(field, money, false)) {
            return null;
        }
        if (money.currency() != null && !money.currency().equals(currency())) {
            v.add(field + ".currency", "must be " + currency() + ": the ledger is kept in " + currency());
            return null;
        }
        if (positive && money.amount().signum() == 0) {
            v.add(field + ".amount", "must be greater than zero");
            return null;
        }
        return money.amount().setScale(2);
    }

    /** Validates a quantity: positive, at most three decimals. */
    public static BigDecimal quantity(Violations v, String field, BigDecimal quantity, boolean required) {
        if (quantity == null) {
            if (required) {
                v.add(field, "is required");
            }
            return null;
        }
        if (quantity.signum() <= 0) {
            v.add(field, "must be greater than zero");
            return null;
        }
        if (quantity.stripTrailingZeros().scale() > 3 || quantity.compareTo(new BigDecimal("1E15")) >= 0) {
            v.add(field, "must have at most 3 decimals and fewer than 16 digits");
            return null;
        }
        return quantity.setScale(3);
    }

    /** Whether a date lies between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}; {@code null} does. */
    public static boolean inRange(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** Adds a field error when a date lies outside the dates the ledger accepts; {@code null} is fine. */
    public static void dateInRange(Violations v, String field, LocalDate date) {
        if (!inRange(date)) {
            v.add(field, "must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
        }
    }

    /** Validates paging and returns the page size to use. */
    public int pageSize(int page, int size) {
        int pageSize = size <= 0 ? core.defaultPageSize() : size;
        Violations v = new Violations();
        if (page < 0) {
            v.add("page", "must not be negative");
        }
        if (pageSize > core.maxPageSize()) {
            v.add("size", "must be at most " + core.maxPageSize());
        } else if (page > 0 && (long) page * pageSize > Integer.MAX_VALUE) {
            v.add("page", "must be at most " + Integer.MAX_VALUE / pageSize + " with a page size of " + pageSize);
        }
        v.throwIfAny();
        return pageSize;
    }

    /**
     * Locks a customer's row for the rest of the transaction, so that ledger
     * writes of one customer run one after the other and never lose an update.
     */
    public static CustomerEntity lockCustomer(EntityManager em, long customerId) {
        CustomerEntity c = em.find(CustomerEntity.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.getDeletedAt() != null) {
            throw new NotFoundException("No customer with id " + customerId);
        }
        return c;
    }

    /** Like {@link #lockCustomer} for a customer named in a request body: an unknown one is a field error. */
    public static CustomerEntity lockParty(EntityManager em, long customerId) {
        CustomerEntity c = em.find(CustomerEntity.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.getDeletedAt() != null) {
            throw org.kehu.platform.api.ValidationException.of("customerId", "is not a known customer");
        }
        return c;
    }

    public static CustomerEntity customer(EntityManager em, long customerId) {
        CustomerEntity c = em.find(CustomerEntity.class, customerId);
        if (c == null || c.getDeletedAt() != null) {
            throw new NotFoundException("No customer with id " + customerId);
        }
        return c;
    }

    /** Checks that a customer named in a request exists, as a field error. */
    public static CustomerEntity party(EntityManager em, Violations v, String field, long customerId) {
        CustomerEntity c = em.find(CustomerEntity.class, customerId);
        if (c == null || c.getDeletedAt() != null) {
            v.add(field, "is not a known customer");
            return null;
        }
        return c;
    }

    /** The customer's credit account, created with no credit when {@code create} and absent; needs the customer lock. */
    public CreditAccountEntity account(EntityManager em, long customerId, boolean create) {
        CreditAccountEntity a = em.find(CreditAccountEntity.class, customerId);
        if (a == null && create) {
            a = new CreditAccountEntity();
            a.setCustomerId(customerId);
            a.setAnnualLimit(BigDecimal.ZERO);
            a.setPaymentTermDays(settings.values().defaultPaymentTermDays());
            em.persist(a);
        }
        return a;
    }

    /** The payment term of a customer: its credit account's, or the default. */
    public int paymentTerm(EntityManager em, long customerId) {
        CreditAccountEntity a = em.find(CreditAccountEntity.class, customerId);
        return a == null ? settings.values().defaultPaymentTermDays() : a.getPaymentTermDays();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    /** Validates a record number (contract, order, shipment, invoice or payment number) and returns it cleaned. */
    public static String number(Violations v, String field, String text, boolean required) {
        String number = org.kehu.platform.core.internal.rules.Texts.clean(text);
        if (number == null) {
            if (required) {
                v.add(field, "is required");
            }
            return null;
        }
        v.matches(field, number, NUMBER, "letters, digits and . _ / - (at most 40)");
        return number;
    }

    /** Whether a record of the entity type already carries the number. */
    public static boolean numberTaken(EntityManager em, Class<?> type, String number) {
        return numberTaken(em, type, number, new Filter());
    }

    /** Whether a record of the entity type that matches the filter already carries the number. */
    public static boolean numberTaken(EntityManager em, Class<?> type, String number, Filter among) {
        javax.persistence.TypedQuery<Long> q = em.createQuery("SELECT e.id FROM " + type.getSimpleName() + " e" + among.where
                + " AND e.number = :n", Long.class);
        among.params.forEach(q::setParameter);
        return !q.setParameter("n", number).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The given number after checking it is free, or a new one such as
     * {@code HT2026000042} (prefix, year, a counter per prefix) that no record carries yet.
     */
    public String number(EntityManager em, Class<?> type, String given, String prefix, String what) {
        if (given != null) {
            requireNumberFree(em, type, given, what, new Filter());
            return given;
        }
        return newNumber(em, type, prefix);
    }

    /** Refuses a given number that a record of the entity type matching the filter already carries. */
    public static void requireNumberFree(EntityManager em, Class<?> type, String given, String what, Filter among) {
        if (numberTaken(em, type, given, among)) {
            throw new org.kehu.platform.api.ConflictException(what + " " + given + " is already recorded");
        }
    }

    /**
     * A new number such as {@code HT2026000042} (prefix, year, a counter per prefix) that no record of the entity
     * type carries yet; the counter's row stays locked until the transaction ends.
     */
    public String newNumber(EntityManager em, Class<?> type, String prefix) {
        String n;
        do {
            n = prefix + today().getYear() + String.format("%06d", Store.nextValue(em, counter(prefix)));
        } while (numberTaken(em, type, n));
        return n;
    }

    /** The name of the counter row behind the numbers with the prefix. */
    public static String counter(String prefix) {
        return "ledger.number." + prefix;
    }

    /** Equality filters of a list query; {@code null} values are left out. */
    public static final class Filter {

        private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        private final java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();

        public Filter eq(String field, Object value) {
            if (value != null) {
                String param = "p" + params.size();
                where.append(" AND e.").append(field).append(" = :").append(param);
                params.put(param, value);
            }
            return this;
        }

        /** Adds a condition on {@code e} without parameters, e.g. {@code e.settledOn IS NULL}. */
        public Filter when(boolean condition, String clause) {
            if (condition) {
                where.append(" AND ").append(clause);
            }
            return this;
        }
    }

    /** One page of entities matching a filter, in the given order ({@code e} is the entity's alias). */
    public <E> Page<E> page(EntityManager em, Class<E> type, Filter filter, String order, int page, int pageSize) {
        String from = " FROM " + type.getSimpleName() + " e" + filter.where;
        javax.persistence.TypedQuery<E> select = em.createQuery("SELECT e" + from + " ORDER BY " + order, type);
        javax.persistence.TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + from, Long.class);
        filter.params.forEach((k, val) -> {
            select.setParameter(k, val);
            count.setParameter(k, val);
        });
        return new Page<>(select.setFirstResult(page * pageSize).setMaxResults(pageSize).getResultList(), page, pageSize,
                count.getSingleResult());
    }

    public static <E, R> Page<R> map(Page<E> page, java.util.function.Function<E, R> mapper) {
        return new Page<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
