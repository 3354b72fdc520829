package org.kehu.platform.soap.internal;

import static org.kehu.platform.soap.internal.SoapCalls.actor;
import static org.kehu.platform.soap.internal.SoapCalls.call;

import javax.jws.WebService;

import org.kehu.platform.api.ledger.CreditService;
import org.kehu.platform.api.ledger.ReceivableService;
import org.kehu.platform.api.ledger.ShipmentService;

/** The LedgerService SOAP endpoint: maps XML types to ledger records and calls the same services as REST. */
@WebService(serviceName = "LedgerService", portName = "LedgerServicePort",
        endpointInterface = "org.kehu.platform.soap.internal.LedgerSoapService", targetNamespace = LedgerSoapService.NS)
public class LedgerSoapEndpoint implements LedgerSoapService {

    private final ReceivableService receivables;
    private final ShipmentService shipments;
    private final CreditService credit;

    public LedgerSoapEndpoint(ReceivableService receivables, ShipmentService shipments, CreditService credit) {
        this.receivables = receivables;
        this.shipments = shipments;
        this.credit = credit;
    }

    @Override
    public LedgerTypes.InvoiceData recordInvoice(LedgerTypes.InvoiceDraftData invoice) throws KehuFault {
        return call(() -> LedgerMapping.toData(receivables.recordInvoice(actor(), LedgerMapping.toDraft(invoice))));
    }

    @Override
    public LedgerTypes.PaymentData recordPayment(LedgerTypes.PaymentDraftData payment) throws KehuFault {
        return call(() -> LedgerMapping.toData(receivables.recordPayment(actor(), LedgerMapping.toDraft(payment))));
    }

    @Override
    public LedgerTypes.ShipmentData requestShipment(LedgerTypes.ShipmentRequestData shipment) throws KehuFault {
        return call(() -> LedgerMapping.toData(shipments.request(actor(), LedgerMapping.toRequest(shipment))));
    }

    @Override
    public LedgerTypes.CreditProfileData getCredit(long customerId) throws KehuFault {
        return call(() -> LedgerMapping.toData(credit.profile(actor(), customerId)));
    }
}
