package org.kehu.platform.api.ledger;

/** Moves a contract to another status; {@code version} must be the contract's current version. */
public record ContractStatusChange(ContractStatus status, String reason, Long version) {
}
