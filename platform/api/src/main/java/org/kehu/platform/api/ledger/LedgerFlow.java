package org.kehu.platform.api.ledger;

/** The flows of four-flow consistency besides the contract itself. */
public enum LedgerFlow {
    ORDER,
    SHIPMENT,
    INVOICE,
    PAYMENT
}
