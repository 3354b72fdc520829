package org.kehu.platform.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.kehu.platform.api.Money;

/**
 * A request to ship goods to a customer, decided by the shipment gate.
 * {@code contractId} and {@code orderId} are optional (a missing contract is a
 * reason to refuse unless {@code paidInAdvance}); {@code shipDate} defaults to
 * today and lies at most 366 days ahead. A {@code number} is unique among the
 * allowed shipments: a refused request may be made again under its number.
 */
public record ShipmentRequest(
        long customerId,
        Long contractId,
        Long orderId,
        String number,
        LocalDate shipDate,
        BigDecimal quantity,
        Money amount,
        Money cost,
        boolean paidInAdvance) {
}
