package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.kehu.platform.api.Money;
import org.kehu.platform.api.ledger.CreditWarning;
import org.kehu.platform.api.ledger.WarningKind;

/** The early warnings that follow from a credit position. */
public final class Warnings {

    private Warnings() {
    }

    /**
     * @param exposureShare the share of the limit from which exposure is near the limit, e.g. 0.90
     * @param temporaryDays how many days before expiry temporary credit is reported as expiring
     */
    public static List<CreditWarning> of(CreditPosition p, String number, String name, BigDecimal exposureShare,
            int temporaryDays, LocalDate today, String currency) {
        List<CreditWarning> out = new ArrayList<>();
        BigDecimal limit = p.limit();
        BigDecimal exposure = p.exposure();
        Money exp = Amounts.money(exposure, currency);
        if (exposure.signum() > 0 && exposure.compareTo(limit) > 0) {
            out.add(new CreditWarning(p.customerId(), number, name, WarningKind.EXPOSURE_OVER_LIMIT, exp, null, today,
                    limit.signum() == 0 ? "Exposure of " + exp.amount().toPlainString() + " without any credit limit"
                            : "Exposure of " + exp.amount().toPlainString() + " is above the limit of "
                                    + Amounts.scale(limit).toPlainString()));
        } else if (limit.signum() > 0 && exposure.compareTo(limit.multiply(exposureShare)) >= 0) {
            out.add(new CreditWarning(p.customerId(), number, name, WarningKind.EXPOSURE_NEAR_LIMIT, exp, null, today,
                    "Exposure of " + exp.amount().toPlainString() + " is " + percent(p.utilization()) + " of the limit of "
                            + Amounts.scale(limit).toPlainString()));
        }
        if (p.overdue().signum() > 0) {
            Money overdue = Amounts.money(p.overdue(), currency);
            out.add(new CreditWarning(p.customerId(), number, name, WarningKind.OVERDUE, overdue, p.oldestOverdueDays(), today,
                    overdue.amount().toPlainString() + " overdue, the oldest for " + p.oldestOverdueDays() + " days"));
        }
        if (p.firstTemporaryExpiry() != null) {
            long left = ChronoUnit.DAYS.between(today, p.firstTemporaryExpiry());
            if (left >= 0 && left <= temporaryDays) {
                Money amount = Amounts.money(p.expiringTemporary(), currency);
                out.add(new CreditWarning(p.customerId(), number, name, WarningKind.TEMPORARY_CREDIT_EXPIRING, amount,
                        (int) left, p.firstTemporaryExpiry(), "Temporary credit of " + amount.amount().toPlainString()
                                + " expires on " + p.firstTemporaryExpiry() + " (in " + left + " days)"));
            }
        }
        if (p.lastBreach() != null) {
            out.add(new CreditWarning(p.customerId(), number, name, WarningKind.CONTRACT_BREACH, null, null, p.lastBreach(),
                    "Breached a contract on " + p.lastBreach()));
        }
        return out;
    }

    private static String percent(BigDecimal ratio) {
        return ratio == null ? "-" : ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
