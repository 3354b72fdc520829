package org.kehu.platform.api.ledger;

/** Credit rating from cooperation amount, payment record, product type and strategic fit; A is best. */
public enum CreditRating {
    A,
    B,
    C,
    D
}
