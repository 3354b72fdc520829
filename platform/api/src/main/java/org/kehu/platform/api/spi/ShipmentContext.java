package org.kehu.platform.api.spi;

import java.math.BigDecimal;

import org.kehu.platform.api.Customer;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.ledger.Contract;
import org.kehu.platform.api.ledger.CreditProfile;
import org.kehu.platform.api.ledger.Order;
import org.kehu.platform.api.ledger.ShipmentRequest;

/**
 * What a {@link ShipmentCheck} sees: the request, the customer, the contract and
 * order it names ({@code null} when absent), the customer's credit before the
 * shipment, the exposure the shipment would add, and the quantity already
 * shipped under the contract.
 */
public record ShipmentContext(
        ShipmentRequest request,
        Customer customer,
        Contract contract,
        Order order,
        CreditProfile credit,
        Money additionalExposure,
        BigDecimal contractShippedQuantity) {
}
