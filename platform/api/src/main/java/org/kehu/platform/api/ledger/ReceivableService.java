package org.kehu.platform.api.ledger;

import java.time.LocalDate;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Page;

/** Invoices, payments and the figures derived from them. */
public interface ReceivableService {

    Invoice recordInvoice(Actor actor, InvoiceDraft draft);

    Invoice getInvoice(Actor actor, long id);

    /** Invoices, newest first; {@code openOnly} keeps those not fully paid. */
    Page<Invoice> listInvoices(Actor actor, Long customerId, boolean openOnly, int page, int size);

    /**
     * Records a payment and applies it to invoices in the same transaction.
     * Payments of one customer are serialized, so concurrent payments never
     * lose an update.
     */
    Payment recordPayment(Actor actor, PaymentDraft draft);

    Payment getPayment(Actor actor, long id);

    Page<Payment> listPayments(Actor actor, Long customerId, int page, int size);

    /** A customer's figures for a year. */
    CustomerFigures figures(Actor actor, long customerId, int year);

    /** Receivables aging of all customers as of a date (today when {@code null}). */
    AgingReport aging(Actor actor, LocalDate asOf, int page, int size);

    /** Records whose party differs from their contract's party; {@code customerId} optionally limits to one party. */
    Page<FourFlowMismatch> mismatches(Actor actor, Long customerId, int page, int size);
}
