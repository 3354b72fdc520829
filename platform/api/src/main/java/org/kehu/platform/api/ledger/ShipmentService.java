package org.kehu.platform.api.ledger;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Page;

/**
 * The shipment gate. A request is checked by every core check and every
 * {@link org.kehu.platform.api.spi.ShipmentCheck} installed for the customer's
 * industry, and recorded with the decision and all the reasons. Only invalid
 * input is rejected with an exception; a refusal is a decision, not an error.
 */
public interface ShipmentService {

    Shipment request(Actor actor, ShipmentRequest request);

    Shipment get(Actor actor, long id);

    Page<Shipment> list(Actor actor, Long customerId, ShipmentDecision decision, int page, int size);
}
