package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of goods shipped on credit under one contract and not yet invoiced.
 * An invoice naming a shipment bills that shipment. An invoice naming none
 * bills the shipments made up to its issue date, oldest first: one issued
 * before a shipment cannot be for it (it bills goods delivered earlier, e.g.
 * before the ledger was kept), and what it bills beyond the shipments recorded
 * is not carried over to later shipments. Invoices naming a shipment outside
 * this pool (one paid in advance) bill nothing here.
 */
public final class Uninvoiced {

    private record Shipped(long id, LocalDate date, BigDecimal amount) {
    }

    private record Billed(LocalDate date, BigDecimal amount, Long shipmentId) {
    }

    private final List<Shipped> shipments = new ArrayList<>();
    private final List<Billed> invoices = new ArrayList<>();

    public Uninvoiced shipped(long shipmentId, LocalDate date, BigDecimal amount) {
        shipments.add(new Shipped(shipmentId, date, amount));
        return this;
    }

    public Uninvoiced invoiced(LocalDate date, BigDecimal amount, Long shipmentId) {
        invoices.add(new Billed(date, amount, shipmentId));
        return this;
    }

    public BigDecimal amount() {
        shipments.sort(Comparator.comparing(Shipped::date).thenComparing(Shipped::id));
        Map<Long, BigDecimal> open = new LinkedHashMap<>();
        shipments.forEach(s -> open.merge(s.id(), s.amount(), BigDecimal::add));
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        shipments.forEach(s -> dates.put(s.id(), s.date()));
        List<Billed> unnamed = new ArrayList<>();
        for (Billed b : invoices) {
            if (b.shipmentId() == null) {
                unnamed.add(b);
            } else if (open.containsKey(b.shipmentId())) {
                open.computeIfPresent(b.shipmentId(), (id, left) -> Amounts.max(BigDecimal.ZERO, left.subtract(b.amount())));
            }
        }
        unnamed.sort(Comparator.comparing(Billed::date));
        for (Billed b : unnamed) {
            BigDecimal rest = b.amount();
            for (Map.Entry<Long, BigDecimal> e : open.entrySet()) {
                if (rest.signum() <= 0 || dates.get(e.getKey()).isAfter(b.date())) {
                    break;
                }
                BigDecimal part = Amounts.min(rest, e.getValue());
                e.setValue(e.getValue().subtract(part));
                rest = rest.subtract(part);
            }
        }
        return open.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
