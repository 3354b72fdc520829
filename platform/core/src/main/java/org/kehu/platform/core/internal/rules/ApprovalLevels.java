package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;

import org.kehu.platform.api.ledger.ApprovalLevel;

/** Contract approval authority by amount: above the group threshold the group, above the office-meeting threshold the GM office meeting, else the general manager. */
public final class ApprovalLevels {

    private ApprovalLevels() {
    }

    public static ApprovalLevel of(BigDecimal amount, BigDecimal officeMeetingAbove, BigDecimal groupAbove) {
        if (amount.compareTo(groupAbove) > 0) {
            return ApprovalLevel.GROUP;
        }
        if (amount.compareTo(officeMeetingAbove) > 0) {
            return ApprovalLevel.GM_OFFICE_MEETING;
        }
        return ApprovalLevel.GENERAL_MANAGER;
    }
}
