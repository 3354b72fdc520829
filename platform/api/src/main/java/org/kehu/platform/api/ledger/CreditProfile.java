package org.kehu.platform.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.kehu.platform.api.Money;

/**
 * A customer's credit as of today. {@code effectiveLimit} is the annual limit
 * (when valid today) plus the temporary limits valid today;
 * {@code exposure} = {@code openReceivables} + {@code unshippedOrders};
 * {@code openReceivables} counts open invoices and goods shipped but not yet
 * invoiced; {@code utilization} is exposure / effective limit ({@code null}
 * without a limit); {@code prepayments} is the money the customer paid on
 * account that shipments paid in advance may still draw on.
 */
public record CreditProfile(
        long customerId,
        CreditRating rating,
        Money annualLimit,
        LocalDate limitValidFrom,
        LocalDate limitValidTo,
        int paymentTermDays,
        List<TemporaryCredit> temporaryCredits,
        Money effectiveLimit,
        Money openReceivables,
        Money unshippedOrders,
        Money exposure,
        Money available,
        BigDecimal utilization,
        Money overdueAmount,
        Integer oldestOverdueDays,
        Money prepayments,
        CreditListType list,
        long version) {

    public CreditProfile {
        temporaryCredits = List.copyOf(temporaryCredits);
    }
}
