package org.kehu.platform.api.spi;

/**
 * The groups of figures a {@link GradingSubject} can carry. The engine derives only the groups a policy asks for in
 * {@link GradingPolicy#figures()}; reading a figure of another group fails the run.
 */
public enum GradingFigures {

    /** Revenue, gross profit, gross margin and cash-on-delivery share of the period. */
    SALES,

    /** Open and overdue receivables now, and the days past due of the oldest overdue amount. */
    RECEIVABLES,

    /** The credit rating. */
    CREDIT_RATING,

    /** The extension attributes of the customer's industry. */
    ATTRIBUTES
}
