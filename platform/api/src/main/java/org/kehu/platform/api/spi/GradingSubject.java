package org.kehu.platform.api.spi;

import java.math.BigDecimal;

/**
 * One customer as a {@link GradingPolicy} sees it during a run: master data and
 * the figures of the run's period, derived from the ledger. The engine may hand
 * the same object for every customer with new contents, so a grader must copy
 * what it keeps beyond {@link Grader#accept}.
 */
public interface GradingSubject {

    long customerId();

    String industry();

    String region();

    String owner();

    /** Revenue of the period, net of settled rebates. */
    BigDecimal revenue();

    BigDecimal grossProfit();

    /** Gross profit / revenue, {@code null} without revenue. */
    BigDecimal grossMargin();

    /** Share of revenue sold without credit (cash on delivery or prepaid), {@code null} without revenue. */
    BigDecimal cashOnDeliveryShare();

    BigDecimal openReceivables();

    BigDecimal overdueReceivables();

    /** Days past due of the oldest overdue amount, {@code null} when nothing is overdue. */
    Integer oldestOverdueDays();

    /** The credit rating ({@code A}–{@code D}), {@code null} when unrated. */
    String creditRating();

    /** An extension attribute of the customer's industry, {@code null} when absent. */
    Object attribute(String name);
}
