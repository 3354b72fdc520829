package org.kehu.platform.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.kehu.platform.api.Money;

/**
 * A customer's figures for one year, derived from the ledger: revenue and cost
 * from the invoices issued in the year (net of settled rebates), gross profit
 * and margin, the share of revenue sold without credit (cash on delivery or
 * prepaid), and the receivables as of {@code asOf} (the end of the year, or
 * today for the current year) with their aging. Margin and share are
 * fractions (0.153 = 15.3%), {@code null} without revenue.
 */
public record CustomerFigures(
        long customerId,
        int year,
        LocalDate asOf,
        Money revenue,
        Money cost,
        Money grossProfit,
        BigDecimal grossMargin,
        BigDecimal cashOnDeliveryShare,
        Money openReceivables,
        Money overdueReceivables,
        Integer oldestOverdueDays,
        List<AgingBucket> aging) {

    public CustomerFigures {
        aging = List.copyOf(aging);
    }
}
