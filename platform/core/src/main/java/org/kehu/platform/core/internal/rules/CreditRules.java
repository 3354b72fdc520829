package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Rules for changing a customer's credit. */
public final class CreditRules {

    private CreditRules() {
    }

    /**
     * The annual limit is one record, so a limit starting after today would replace the one in force today and leave
     * the customer without credit until it starts. That is refused unless the limit in force is zero.
     *
     * @return why the new limit cannot be recorded yet, or {@code null} when it can
     */
    public static String nextLimitTooEarly(BigDecimal currentLimit, LocalDate currentFrom, LocalDate currentTo,
            LocalDate newFrom, LocalDate today) {
        if (!newFrom.isAfter(today) || currentLimit == null || currentLimit.signum() == 0) {
            return null;
        }
        boolean inForce = (currentFrom == null || !currentFrom.isAfter(today)) && (currentTo == null || !currentTo.isBefore(today));
        if (!inForce) {
            return null;
        }
        return "A limit starting " + newFrom + " would replace the current limit of " + Amounts.scale(currentLimit).toPlainString()
                + " and leave no credit until then: the current limit runs until "
                + (currentTo == null ? "further notice" : currentTo.toString()) + "; record the next one once it applies";
    }

    /** Whether a new payment term relaxes credit: a longer term is more credit. */
    public static boolean isLongerTerm(int currentDays, int newDays) {
        return newDays > currentDays;
    }
}
