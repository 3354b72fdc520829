package org.kehu.platform.api.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.kehu.platform.api.Money;

/** A sales order under a contract; its unshipped value counts towards the customer's credit exposure. */
public record Order(
        long id,
        String number,
        long customerId,
        Long contractId,
        LocalDate orderDate,
        BigDecimal quantity,
        Money amount,
        BigDecimal shippedQuantity,
        Money shippedAmount,
        Money unshippedAmount,
        OrderStatus status,
        long version,
        Instant createdAt,
        String createdBy) {
}
