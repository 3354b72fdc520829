package org.kehu.platform.api.ledger;

/** How a contract is paid: on credit (with a payment term), cash on delivery, or in advance. */
public enum PaymentMode {
    CREDIT,
    CASH_ON_DELIVERY,
    PREPAID
}
