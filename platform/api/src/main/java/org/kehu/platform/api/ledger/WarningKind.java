package org.kehu.platform.api.ledger;

/** The early warnings of credit control. */
public enum WarningKind {
    /** Exposure reached the warning share of the limit (90% by default). */
    EXPOSURE_NEAR_LIMIT,
    /** Exposure is above the limit, or there is exposure without any limit. */
    EXPOSURE_OVER_LIMIT,
    /** Receivables are past due; carries the amount and the age of the oldest. */
    OVERDUE,
    /** Temporary credit expires within the warning window. */
    TEMPORARY_CREDIT_EXPIRING,
    /** The customer breached a contract in the past. */
    CONTRACT_BREACH
}
