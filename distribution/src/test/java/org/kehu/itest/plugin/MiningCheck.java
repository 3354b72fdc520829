package org.kehu.itest.plugin;

import java.util.List;

import org.kehu.platform.api.ledger.ShipmentRefusal;
import org.kehu.platform.api.spi.ShipmentCheck;
import org.kehu.platform.api.spi.ShipmentContext;

/** Lets every shipment pass; present to show that a plugin's gate rule is listed. */
public class MiningCheck implements ShipmentCheck {

    @Override
    public String id() {
        return "MINE_PERMIT";
    }

    @Override
    public List<ShipmentRefusal> check(ShipmentContext context) {
        return List.of();
    }
}
