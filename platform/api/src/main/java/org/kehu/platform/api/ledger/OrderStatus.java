package org.kehu.platform.api.ledger;

/** An order is open until fully shipped or cancelled. */
public enum OrderStatus {
    OPEN,
    PARTIALLY_SHIPPED,
    SHIPPED,
    CANCELLED
}
