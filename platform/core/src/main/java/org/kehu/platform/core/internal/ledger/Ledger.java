package org.kehu.platform.core.internal.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.EmFunction;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.core.internal.entity.CreditAccountEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.rules.Violations;
import org.kehu.platform.core.internal.service.CoreSettings;
import org.kehu.platform.core.internal.service.Store;

/**
 * What the ledger services share: the transaction boundary with the events it
 * publishes after commit, the per-customer lock, money validation in the
 * ledger currency, paging and record numbers.
 */
public class Ledger {

    private final Store store;
    private final LedgerSettings settings;
    private final CoreSettings core;
    private final EventBus events;
    private final Clock clock;

    public Ledger(Store store, LedgerSettings settings, CoreSettings core, EventBus events) {
        this(store, settings, core, events, Clock.systemDefaultZone());
    }

    Ledger(Store store, LedgerSettings settings, CoreSettings core, EventBus events, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.core = core;
        this.events = events;
        this.clock = clock;
    }

    /** Work inside one transaction that may raise events; they are published once the work returned. */
    public interface Work<R> {
        R run(EntityManager em, List<KehuEvent> events);
    }

    public <R> R write(Work<R> work) {
        List<KehuEvent> raised = new ArrayList<>();
        R result = store.write(em -> work.run(em, raised));
        events.publish(raised);
        return result;
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

    /** Validates paging and returns the page size to use. */
    public int pageSize(int page, int size) {
        int pageSize = size <= 0 ? core.defaultPageSize() : size;
        Violations v = new Violations();
        if (page < 0) {
            v.add("page", "must not be negative");
        }
        if (pageSize > core.maxPageSize()) {
            v.add("size", "must be at most " + core.maxPageSize());
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

    /** A record number such as {@code HT2026000042}: prefix, year and a counter per prefix. */
    public String nextNumber(EntityManager em, String prefix) {
        long n = Store.nextValue(em, "ledger.number." + prefix);
        return prefix + today().getYear() + String.format("%06d", n);
    }
}
