package org.kehu.platform.api.ledger;

/**
 * Who must approve a contract, by amount (thresholds are settings):
 * the general manager up to 3,000,000; the general managers' office meeting
 * above that; the group above 20,000,000.
 */
public enum ApprovalLevel {
    GENERAL_MANAGER,
    GM_OFFICE_MEETING,
    GROUP
}
