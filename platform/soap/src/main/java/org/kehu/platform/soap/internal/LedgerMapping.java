package org.kehu.platform.soap.internal;

import static org.kehu.platform.soap.internal.SoapMapping.money;

import java.util.ArrayList;
import java.util.List;

import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.ledger.AllocationDraft;
import org.kehu.platform.api.ledger.CreditProfile;
import org.kehu.platform.api.ledger.Invoice;
import org.kehu.platform.api.ledger.InvoiceDraft;
import org.kehu.platform.api.ledger.Payment;
import org.kehu.platform.api.ledger.PaymentAllocation;
import org.kehu.platform.api.ledger.PaymentDraft;
import org.kehu.platform.api.ledger.Shipment;
import org.kehu.platform.api.ledger.ShipmentRefusal;
import org.kehu.platform.api.ledger.ShipmentRequest;
import org.kehu.platform.api.ledger.TemporaryCredit;

/** Converts between the LedgerService's XML types and the ledger API's records. */
final class LedgerMapping {

    private LedgerMapping() {
    }

    static InvoiceDraft toDraft(LedgerTypes.InvoiceDraftData d) {
        if (d == null) {
            throw ValidationException.of("invoice", "is required");
        }
        return new InvoiceDraft(d.number, required(d.customerId, "customerId"), d.contractId, d.shipmentId, d.issueDate,
                d.dueDate, money(d.amount), money(d.cost));
    }

    /**
     * No {@code allocation} element means no allocations: the service applies the amount oldest due date first;
     * {@code onAccount} keeps it all on account.
     */
    static PaymentDraft toDraft(LedgerTypes.PaymentDraftData d) {
        if (d == null) {
            throw ValidationException.of("payment", "is required");
        }
        List<AllocationDraft> allocations = null;
        if (Boolean.TRUE.equals(d.onAccount)) {
            if (!d.allocations.isEmpty()) {
                throw ValidationException.of("onAccount", "cannot be combined with allocations");
            }
            allocations = List.of();
        } else if (!d.allocations.isEmpty()) {
            allocations = new ArrayList<>();
            for (int i = 0; i < d.allocations.size(); i++) {
                LedgerTypes.AllocationDraftData a = d.allocations.get(i);
                if (a == null) {
                    throw ValidationException.of("allocations[" + i + "]", "is required");
                }
                allocations.add(new AllocationDraft(required(a.invoiceId, "allocations[" + i + "].invoiceId"), money(a.amount)));
            }
        }
        return new PaymentDraft(d.number, required(d.customerId, "customerId"), d.receivedDate, money(d.amount), allocations);
    }

    static ShipmentRequest toRequest(LedgerTypes.ShipmentRequestData d) {
        if (d == null) {
            throw ValidationException.of("shipment", "is required");
        }
        return new ShipmentRequest(required(d.customerId, "customerId"), d.contractId, d.orderId, d.number, d.shipDate,
                d.quantity, money(d.amount), money(d.cost), Boolean.TRUE.equals(d.paidInAdvance));
    }

    static LedgerTypes.InvoiceData toData(Invoice i) {
        LedgerTypes.InvoiceData d = new LedgerTypes.InvoiceData();
        d.id = i.id();
        d.number = i.number();
        d.customerId = i.customerId();
        d.contractId = i.contractId();
        d.shipmentId = i.shipmentId();
        d.issueDate = i.issueDate();
        d.dueDate = i.dueDate();
        d.amount = money(i.amount());
        d.cost = money(i.cost());
        d.paidAmount = money(i.paidAmount());
        d.discount = money(i.discount());
        d.openAmount = money(i.openAmount());
        d.status = i.status();
        d.version = i.version();
        d.createdAt = i.createdAt();
        d.createdBy = i.createdBy();
        return d;
    }

    static LedgerTypes.PaymentData toData(Payment p) {
        LedgerTypes.PaymentData d = new LedgerTypes.PaymentData();
        d.id = p.id();
        d.number = p.number();
        d.customerId = p.customerId();
        d.receivedDate = p.receivedDate();
        d.amount = money(p.amount());
        d.unapplied = money(p.unapplied());
        for (PaymentAllocation a : p.allocations()) {
            LedgerTypes.PaymentAllocationData ad = new LedgerTypes.PaymentAllocationData();
            ad.invoiceId = a.invoiceId();
            ad.invoiceNumber = a.invoiceNumber();
            ad.amount = money(a.amount());
            d.allocations.add(ad);
        }
        d.createdAt = p.createdAt();
        d.createdBy = p.createdBy();
        return d;
    }

    static LedgerTypes.ShipmentData toData(Shipment s) {
        LedgerTypes.ShipmentData d = new LedgerTypes.ShipmentData();
        d.id = s.id();
        d.number = s.number();
        d.customerId = s.customerId();
        d.contractId = s.contractId();
        d.orderId = s.orderId();
        d.shipDate = s.shipDate();
        d.quantity = s.quantity();
        d.amount = money(s.amount());
        d.cost = money(s.cost());
        d.paidInAdvance = s.paidInAdvance();
        d.decision = s.decision();
        for (ShipmentRefusal r : s.refusals()) {
            LedgerTypes.ShipmentRefusalData rd = new LedgerTypes.ShipmentRefusalData();
            rd.code = r.code();
            rd.message = r.message();
            d.refusals.add(rd);
        }
        d.exposure = money(s.exposure());
        d.creditLimit = money(s.creditLimit());
        d.createdAt = s.createdAt();
        d.createdBy = s.createdBy();
        return d;
    }

    static LedgerTypes.CreditProfileData toData(CreditProfile c) {
        LedgerTypes.CreditProfileData d = new LedgerTypes.CreditProfileData();
        d.customerId = c.customerId();
        d.rating = c.rating();
        d.annualLimit = money(c.annualLimit());
        d.limitValidFrom = c.limitValidFrom();
        d.limitValidTo = c.limitValidTo();
        d.paymentTermDays = c.paymentTermDays();
        for (TemporaryCredit t : c.temporaryCredits()) {
            LedgerTypes.TemporaryCreditData td = new LedgerTypes.TemporaryCreditData();
            td.id = t.id();
            td.amount = money(t.amount());
            td.validFrom = t.validFrom();
            td.expiresOn = t.expiresOn();
            td.reason = t.reason();
            td.grantedBy = t.grantedBy();
            td.grantedAt = t.grantedAt();
            d.temporaryCredits.add(td);
        }
        d.effectiveLimit = money(c.effectiveLimit());
        d.openReceivables = money(c.openReceivables());
        d.unshippedOrders = money(c.unshippedOrders());
        d.exposure = money(c.exposure());
        d.available = money(c.available());
        d.utilization = c.utilization();
        d.overdueAmount = money(c.overdueAmount());
        d.oldestOverdueDays = c.oldestOverdueDays();
        d.prepayments = money(c.prepayments());
        d.list = c.list();
        d.version = c.version();
        return d;
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw ValidationException.of(field, "is required");
        }
        return value;
    }
}
