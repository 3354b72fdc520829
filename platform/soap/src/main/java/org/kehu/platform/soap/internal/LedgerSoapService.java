package org.kehu.platform.soap.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/**
 * Ledger operations for ERP integrations: invoices and payments into the
 * receivables, shipment requests through the shipment gate, and a customer's
 * credit. Customers, contracts, orders and invoices are addressed by their id;
 * money must be in the ledger currency (CNY unless configured otherwise), not
 * negative and with at most two decimals.
 */
@WebService(name = "LedgerService", targetNamespace = LedgerSoapService.NS)
public interface LedgerSoapService {

    String NS = CustomerSoapService.NS;

    /** Records an invoice (a receivable); its {@code number} is unique, so the same invoice twice is a conflict. */
    @WebMethod
    @WebResult(name = "invoice")
    LedgerTypes.InvoiceData recordInvoice(@WebParam(name = "invoice") LedgerTypes.InvoiceDraftData invoice) throws KehuFault;

    /** Records a payment and applies it to invoices, as allocated or else oldest due date first. */
    @WebMethod
    @WebResult(name = "payment")
    LedgerTypes.PaymentData recordPayment(@WebParam(name = "payment") LedgerTypes.PaymentDraftData payment) throws KehuFault;

    /**
     * Asks the shipment gate. A refusal is an answer ({@code decision} {@code REFUSED} with every
     * {@code refusal}), not a fault; only invalid input is a fault.
     */
    @WebMethod
    @WebResult(name = "shipment")
    LedgerTypes.ShipmentData requestShipment(@WebParam(name = "shipment") LedgerTypes.ShipmentRequestData shipment)
            throws KehuFault;

    @WebMethod
    @WebResult(name = "credit")
    LedgerTypes.CreditProfileData getCredit(@WebParam(name = "customerId") long customerId) throws KehuFault;
}
