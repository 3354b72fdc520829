package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The value of goods shipped on credit under one contract and not yet invoiced.
 * Invoices cover the shipments made up to their issue date, oldest first; an
 * invoice issued before a shipment cannot be for it (it bills goods delivered
 * earlier), and what an invoice bills beyond the shipments recorded is not
 * carried over to later shipments.
 */
public final class Uninvoiced {

    private final List<Object[]> events = new ArrayList<>();

    public Uninvoiced shipped(LocalDate date, BigDecimal amount) {
        events.add(new Object[] {date, 0, amount});
        return this;
    }

    public Uninvoiced invoiced(LocalDate date, BigDecimal amount) {
        events.add(new Object[] {date, 1, amount});
        return this;
    }

    public BigDecimal amount() {
        events.sort(Comparator.<Object[], LocalDate>comparing(e -> (LocalDate) e[0]).thenComparing(e -> (Integer) e[1]));
        BigDecimal pool = BigDecimal.ZERO;
        for (Object[] e : events) {
            BigDecimal amount = (BigDecimal) e[2];
            pool = (Integer) e[1] == 0 ? pool.add(amount) : Amounts.max(BigDecimal.ZERO, pool.subtract(amount));
        }
        return pool;
    }
}
