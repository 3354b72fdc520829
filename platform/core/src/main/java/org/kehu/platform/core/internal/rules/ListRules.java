package org.kehu.platform.core.internal.rules;

import org.kehu.platform.api.ledger.CreditListType;

/**
 * What each list forbids: grey (restricted) and black (prohibited) customers get
 * no credit increase and no new temporary credit; black-listed customers get no
 * new contract, no new order and no shipment unless it is paid in advance.
 */
public final class ListRules {

    private ListRules() {
    }

    public static boolean allowsCreditIncrease(CreditListType list) {
        return list != CreditListType.GREY && list != CreditListType.BLACK;
    }

    public static boolean allowsContract(CreditListType list) {
        return list != CreditListType.BLACK;
    }

    public static boolean allowsOrder(CreditListType list) {
        return list != CreditListType.BLACK;
    }

    public static boolean allowsCreditShipment(CreditListType list) {
        return list != CreditListType.BLACK;
    }
}
