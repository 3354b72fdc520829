package org.kehu.platform.soap.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.CreditRating;
import org.kehu.platform.api.ledger.InvoiceStatus;
import org.kehu.platform.api.ledger.ShipmentDecision;

/**
 * The XML types of the LedgerService contract; their shape is the WSDL checked
 * into the repository. Money and the fault's problem are those of {@link Types}.
 */
public final class LedgerTypes {

    private LedgerTypes() {
    }

    @XmlType(name = "InvoiceDraft", propOrder = {"number", "customerId", "contractId", "shipmentId", "issueDate", "dueDate",
        "amount", "cost"})
    public static class InvoiceDraftData {
        @XmlElement(required = true)
        public String number;
        @XmlElement(required = true)
        public Long customerId;
        public Long contractId;
        public Long shipmentId;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate issueDate;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate dueDate;
        @XmlElement(required = true)
        public Types.MoneyData amount;
        public Types.MoneyData cost;
    }

    @XmlType(name = "Invoice", propOrder = {"id", "number", "customerId", "contractId", "shipmentId", "issueDate", "dueDate",
        "amount", "cost", "paidAmount", "discount", "openAmount", "status", "version", "createdAt", "createdBy"})
    public static class InvoiceData {
        public long id;
        @XmlElement(required = true)
        public String number;
        public long customerId;
        public Long contractId;
        public Long shipmentId;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate issueDate;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate dueDate;
        @XmlElement(required = true)
        public Types.MoneyData amount;
        public Types.MoneyData cost;
        public Types.MoneyData paidAmount;
        public Types.MoneyData discount;
        public Types.MoneyData openAmount;
        @XmlElement(required = true)
        public InvoiceStatus status;
        public long version;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant createdAt;
        public String createdBy;
    }

    @XmlType(name = "AllocationDraft", propOrder = {"invoiceId", "amount"})
    public static class AllocationDraftData {
        @XmlElement(required = true)
        public Long invoiceId;
        @XmlElement(required = true)
        public Types.MoneyData amount;
    }

    /**
     * Without any {@code allocation} the amount is applied to the payer's open invoices, oldest due date first;
     * with {@code onAccount} true it is kept on account (an advance payment).
     */
    @XmlType(name = "PaymentDraft", propOrder = {"number", "customerId", "receivedDate", "amount", "allocations", "onAccount"})
    public static class PaymentDraftData {
        @XmlElement(required = true)
        public String number;
        @XmlElement(required = true)
        public Long customerId;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate receivedDate;
        @XmlElement(required = true)
        public Types.MoneyData amount;
        @XmlElement(name = "allocation")
        public List<AllocationDraftData> allocations = new ArrayList<>();
        public Boolean onAccount;
    }

    @XmlType(name = "PaymentAllocation", propOrder = {"invoiceId", "invoiceNumber", "amount"})
    public static class PaymentAllocationData {
        public long invoiceId;
        public String invoiceNumber;
        @XmlElement(required = true)
        public Types.MoneyData amount;
    }

    @XmlType(name = "Payment", propOrder = {"id", "number", "customerId", "receivedDate", "amount", "unapplied", "allocations",
        "createdAt", "createdBy"})
    public static class PaymentData {
        public long id;
        @XmlElement(required = true)
        public String number;
        public long customerId;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate receivedDate;
        @XmlElement(required = true)
        public Types.MoneyData amount;
        public Types.MoneyData unapplied;
        @XmlElement(name = "allocation")
        public List<PaymentAllocationData> allocations = new ArrayList<>();
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant createdAt;
        public String createdBy;
    }

    /** Without a contract the gate refuses unless {@code paidInAdvance}; {@code shipDate} defaults to today. */
    @XmlType(name = "ShipmentRequest", propOrder = {"customerId", "contractId", "orderId", "number", "shipDate", "quantity",
        "amount", "cost", "paidInAdvance"})
    public static class ShipmentRequestData {
        @XmlElement(required = true)
        public Long customerId;
        public Long contractId;
        public Long orderId;
        public String number;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate shipDate;
        public BigDecimal quantity;
        @XmlElement(required = true)
        public Types.MoneyData amount;
        public Types.MoneyData cost;
        public Boolean paidInAdvance;
    }

    @XmlType(name = "ShipmentRefusal", propOrder = {"code", "message"})
    public static class ShipmentRefusalData {
        @XmlElement(required = true)
        public String code;
        public String message;
    }

    /** The gate's decision; a refused shipment is recorded too and carries every reason. */
    @XmlType(name = "Shipment", propOrder = {"id", "number", "customerId", "contractId", "orderId", "shipDate", "quantity",
        "amount", "cost", "paidInAdvance", "decision", "refusals", "exposure", "creditLimit", "createdAt", "createdBy"})
    public static class ShipmentData {
        public long id;
        public String number;
        public long customerId;
        public Long contractId;
        public Long orderId;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate shipDate;
        public BigDecimal quantity;
        public Types.MoneyData amount;
        public Types.MoneyData cost;
        public boolean paidInAdvance;
        @XmlElement(required = true)
        public ShipmentDecision decision;
        @XmlElement(name = "refusal")
        public List<ShipmentRefusalData> refusals = new ArrayList<>();
        public Types.MoneyData exposure;
        public Types.MoneyData creditLimit;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant createdAt;
        public String createdBy;
    }

    @XmlType(name = "TemporaryCredit", propOrder = {"id", "amount", "validFrom", "expiresOn", "reason", "grantedBy", "grantedAt"})
    public static class TemporaryCreditData {
        public long id;
        @XmlElement(required = true)
        public Types.MoneyData amount;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate validFrom;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate expiresOn;
        public String reason;
        public String grantedBy;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant grantedAt;
    }

    /**
     * A customer's credit as of today: {@code exposure} = {@code openReceivables} + {@code unshippedOrders};
     * {@code effectiveLimit} = the annual limit (when valid today) + the temporary credits valid today;
     * {@code utilization} = exposure / effective limit, absent without a limit.
     */
    @XmlType(name = "CreditProfile", propOrder = {"customerId", "rating", "annualLimit", "limitValidFrom", "limitValidTo",
        "paymentTermDays", "temporaryCredits", "effectiveLimit", "openReceivables", "unshippedOrders", "exposure", "available",
        "utilization", "overdueAmount", "oldestOverdueDays", "prepayments", "list", "version"})
    public static class CreditProfileData {
        public long customerId;
        public CreditRating rating;
        public Types.MoneyData annualLimit;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate limitValidFrom;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate limitValidTo;
        public int paymentTermDays;
        @XmlElement(name = "temporaryCredit")
        public List<TemporaryCreditData> temporaryCredits = new ArrayList<>();
        public Types.MoneyData effectiveLimit;
        public Types.MoneyData openReceivables;
        public Types.MoneyData unshippedOrders;
        public Types.MoneyData exposure;
        public Types.MoneyData available;
        public BigDecimal utilization;
        public Types.MoneyData overdueAmount;
        public Integer oldestOverdueDays;
        /** Money paid on account that shipments paid in advance may still draw on. */
        public Types.MoneyData prepayments;
        public CreditListType list;
        public long version;
    }
}
