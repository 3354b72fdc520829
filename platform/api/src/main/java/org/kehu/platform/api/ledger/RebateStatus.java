package org.kehu.platform.api.ledger;

/** A rebate is calculated for a period, then settled as a discount on one of the dealer's invoices. */
public enum RebateStatus {
    CALCULATED,
    SETTLED
}
