package org.kehu.platform.api.ledger;

/**
 * The customer lists: white (qualified), grey (restricted: no credit increase,
 * no new temporary credit) and black (prohibited: no new credit business, no
 * new contract, no shipment unless paid in advance).
 */
public enum CreditListType {
    WHITE,
    GREY,
    BLACK
}
