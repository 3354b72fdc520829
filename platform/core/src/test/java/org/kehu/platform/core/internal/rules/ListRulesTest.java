package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehu.platform.api.ledger.CreditListType;

class ListRulesTest {

    /** Empty list column = on no list. */
    @ParameterizedTest(name = "list {0}: increase {1}, contract {2}, order {3}, credit shipment {4}")
    @CsvSource({
            "     , true,  true,  true,  true",
            "WHITE, true,  true,  true,  true",
            "GREY,  false, true,  true,  true",
            "BLACK, false, false, false, false" })
    void whatEachListAllows(CreditListType list, boolean increase, boolean contract, boolean order, boolean shipment) {
        assertEquals(increase, ListRules.allowsCreditIncrease(list), "credit increase");
        assertEquals(contract, ListRules.allowsContract(list), "contract");
        assertEquals(order, ListRules.allowsOrder(list), "order");
        assertEquals(shipment, ListRules.allowsCreditShipment(list), "credit shipment");
    }
}
