package org.kehu.platform.api.ledger;

/**
 * Contract lifecycle: {@code DRAFT → ACTIVE → COMPLETED | TERMINATED}, or
 * {@code DRAFT → CANCELLED}. Only an active contract covers orders and shipments.
 */
public enum ContractStatus {
    DRAFT,
    ACTIVE,
    COMPLETED,
    TERMINATED,
    CANCELLED
}
