package org.kehu.platform.api.ledger;

/** An invoice is open until payments (or settled rebates) cover its amount. */
public enum InvoiceStatus {
    OPEN,
    PARTIALLY_PAID,
    PAID
}
