package org.kehu.platform.api;

/** The roles a party plays in the business; one party can hold several at once. */
public enum PartyRole {
    BUYER,
    PAYER,
    SHIP_TO,
    DEALER,
    DEBTOR,
    SUPPLIER
}
