package org.kehu.platform.api.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kehu.platform.api.Money;

/**
 * A shipment request as decided by the gate, kept whether allowed or refused.
 * {@code exposure} and {@code creditLimit} are the figures the gate saw.
 */
public record Shipment(
        long id,
        String number,
        long customerId,
        Long contractId,
        Long orderId,
        LocalDate shipDate,
        BigDecimal quantity,
        Money amount,
        Money cost,
        boolean paidInAdvance,
        ShipmentDecision decision,
        List<ShipmentRefusal> refusals,
        Money exposure,
        Money creditLimit,
        Instant createdAt,
        String createdBy) {

    public Shipment {
        refusals = refusals == null ? List.of() : List.copyOf(refusals);
    }
}
