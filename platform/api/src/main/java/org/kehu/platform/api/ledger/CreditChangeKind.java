package org.kehu.platform.api.ledger;

/** What a credit history entry changed. */
public enum CreditChangeKind {
    RATING,
    ANNUAL_LIMIT,
    TEMPORARY_LIMIT,
    PAYMENT_TERM,
    LIST
}
