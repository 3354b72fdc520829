package org.kehu.platform.api.ledger;

/** The shipment gate's answer. */
public enum ShipmentDecision {
    ALLOWED,
    REFUSED
}
