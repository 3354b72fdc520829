package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kehu.platform.api.ledger.CreditListType;

/**
 * A customer's credit position as of one day, from which exposure, available
 * credit and the early warnings follow. {@code openInvoices} is what invoices
 * still ask for, {@code uninvoiced} the value of goods shipped on credit but not
 * yet invoiced, {@code unshipped} the value of open orders not yet shipped,
 * {@code prepayments} what was paid on account and not yet drawn on by
 * shipments paid in advance.
 */
public record CreditPosition(
        long customerId,
        BigDecimal annualLimit,
        BigDecimal temporaryLimit,
        CreditListType list,
        BigDecimal openInvoices,
        BigDecimal uninvoiced,
        BigDecimal unshipped,
        BigDecimal overdue,
        Integer oldestOverdueDays,
        BigDecimal expiringTemporary,
        LocalDate firstTemporaryExpiry,
        LocalDate lastBreach,
        BigDecimal prepayments) {

    public static CreditPosition empty(long customerId) {
        return new CreditPosition(customerId, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, null, null, BigDecimal.ZERO);
    }

    public BigDecimal limit() {
        return annualLimit.add(temporaryLimit);
    }

    public BigDecimal receivables() {
        return openInvoices.add(uninvoiced);
    }

    public BigDecimal exposure() {
        return receivables().add(unshipped);
    }

    /** Credit left; zero when exposure already exceeds the limit. */
    public BigDecimal available() {
        return Amounts.max(BigDecimal.ZERO, limit().subtract(exposure()));
    }

    /** Exposure / limit to four decimals, {@code null} without a limit. */
    public java.math.BigDecimal utilization() {
        return Amounts.ratio(exposure(), limit());
    }

    /**
     * What is still open with the customer — receivables, open sales orders, goods shipped but not invoiced — as
     * readable items; empty when nothing is (the freeze rule of DOMAIN §5). Their sum is the exposure.
     */
    public List<String> openBusiness() {
        List<String> out = new ArrayList<>();
        if (openInvoices.signum() > 0) {
            out.add("open receivables " + openInvoices.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        if (unshipped.signum() > 0) {
            out.add("open sales orders " + unshipped.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        if (uninvoiced.signum() > 0) {
            out.add("goods shipped but not invoiced "
                    + uninvoiced.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        return out;
    }

    public boolean hasAnything() {
        return limit().signum() > 0 || exposure().signum() > 0 || lastBreach != null || list != null;
    }
}
