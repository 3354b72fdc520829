package org.kehu.platform.api.ledger;

/**
 * Topics of the events the ledger publishes to
 * {@link org.kehu.platform.api.spi.KehuEventListener}s, after the change is committed.
 */
public final class LedgerTopics {

    /**
     * A warning appeared for a customer, or grew graver ({@code escalated} true: overdue receivables reached an
     * older aging bucket); properties {@code customerId}, {@code kind}, {@code amount}, {@code days},
     * {@code message}, {@code escalated}.
     */
    public static final String WARNING_RAISED = "org/kehu/credit/WARNING_RAISED";

    /** A warning no longer applies; properties {@code customerId}, {@code kind}. */
    public static final String WARNING_CLEARED = "org/kehu/credit/WARNING_CLEARED";

    /** The gate refused a shipment; properties {@code customerId}, {@code shipmentId}, {@code codes}. */
    public static final String SHIPMENT_REFUSED = "org/kehu/ledger/SHIPMENT_REFUSED";

    /** A payment was recorded; properties {@code customerId}, {@code paymentId}, {@code amount}. */
    public static final String PAYMENT_RECORDED = "org/kehu/ledger/PAYMENT_RECORDED";

    private LedgerTopics() {
    }
}
