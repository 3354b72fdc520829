package org.kehu.platform.api.ledger;

/**
 * One reason a shipment was refused: the code of the check that refused it
 * (e.g. {@code NO_CREDIT}, {@code LIMIT_EXCEEDED}, {@code OVERDUE},
 * {@code NO_CONTRACT}, {@code QUANTITY_MISMATCH}, {@code BLACK_LISTED},
 * {@code PARTY_MISMATCH}, {@code PREPAYMENT_MISSING}, {@code CHECK_FAILED}
 * when a plugin check failed, or a plugin's own code) and a message for people.
 */
public record ShipmentRefusal(String code, String message) {
}
