package org.kehu.platform.core.internal.ledger;

import java.util.ArrayList;
import java.util.List;

import org.kehu.platform.api.ledger.Contract;
import org.kehu.platform.api.ledger.Invoice;
import org.kehu.platform.api.ledger.InvoiceStatus;
import org.kehu.platform.api.ledger.Order;
import org.kehu.platform.api.ledger.Payment;
import org.kehu.platform.api.ledger.PaymentAllocation;
import org.kehu.platform.api.ledger.Rebate;
import org.kehu.platform.api.ledger.Shipment;
import org.kehu.platform.api.ledger.ShipmentRefusal;
import org.kehu.platform.api.ledger.TemporaryCredit;
import org.kehu.platform.core.internal.entity.ContractEntity;
import org.kehu.platform.core.internal.entity.InvoiceEntity;
import org.kehu.platform.core.internal.entity.OrderEntity;
import org.kehu.platform.core.internal.entity.PaymentEntity;
import org.kehu.platform.core.internal.entity.RebateEntity;
import org.kehu.platform.core.internal.entity.ShipmentEntity;
import org.kehu.platform.core.internal.entity.TemporaryCreditEntity;

/** Maps ledger entities to API records. */
final class Records {

    private Records() {
    }

    static Contract contract(Ledger l, ContractEntity e) {
        return new Contract(e.getId(), e.getNumber(), e.getCustomerId(), e.getTitle(), l.money(e.getAmount()), e.getQuantity(),
                e.getUnit(), e.getStartDate(), e.getEndDate(), e.getPaymentTermDays(), e.getPaymentMode(), e.getStatus(),
                e.getApprovalLevel(), e.getShippedQuantity(), e.getBreachDate(), e.getBreachReason(), e.getVersion(),
                e.getCreatedAt(), e.getCreatedBy());
    }

    static Order order(Ledger l, OrderEntity e) {
        return new Order(e.getId(), e.getNumber(), e.getCustomerId(), e.getContractId(), e.getOrderDate(), e.getQuantity(),
                l.money(e.getAmount()), e.getShippedQuantity(), l.money(e.getShippedAmount()),
                l.money(e.getAmount().subtract(e.getShippedAmount()).max(java.math.BigDecimal.ZERO)), e.getStatus(),
                e.getVersion(), e.getCreatedAt(), e.getCreatedBy());
    }

    static Shipment shipment(Ledger l, ShipmentEntity e) {
        return new Shipment(e.getId(), e.getNumber(), e.getCustomerId(), e.getContractId(), e.getOrderId(), e.getShipDate(),
                e.getQuantity(), l.money(e.getAmount()), e.getCost() == null ? null : l.money(e.getCost()), e.isPaidInAdvance(),
                e.getDecision(), refusals(e.getRefusals()), l.money(e.getExposure()), l.money(e.getCreditLimit()),
                e.getCreatedAt(), e.getCreatedBy());
    }

    static Invoice invoice(Ledger l, InvoiceEntity e) {
        var open = e.getAmount().subtract(e.getPaidAmount()).subtract(e.getDiscount());
        InvoiceStatus status = open.signum() <= 0 ? InvoiceStatus.PAID
                : e.getPaidAmount().signum() > 0 || e.getDiscount().signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
        return new Invoice(e.getId(), e.getNumber(), e.getCustomerId(), e.getContractId(), e.getShipmentId(), e.getIssueDate(),
                e.getDueDate(), l.money(e.getAmount()), l.money(e.getCost()), l.money(e.getPaidAmount()), l.money(e.getDiscount()),
                l.money(open), status, e.getVersion(), e.getCreatedAt(), e.getCreatedBy());
    }

    static Payment payment(Ledger l, PaymentEntity e, List<PaymentAllocation> allocations) {
        return new Payment(e.getId(), e.getNumber(), e.getCustomerId(), e.getReceivedDate(), l.money(e.getAmount()),
                l.money(e.getUnapplied()), allocations, e.getCreatedAt(), e.getCreatedBy());
    }

    static Rebate rebate(Ledger l, RebateEntity e) {
        return new Rebate(e.getId(), e.getCustomerId(), e.getPeriod(), l.money(e.getSales()), l.money(e.getAmount()),
                e.getCalculation(), e.getStatus(), e.getSettledInvoiceId(), e.getCalculatedAt(), e.getCalculatedBy());
    }

    static TemporaryCredit temporary(Ledger l, TemporaryCreditEntity e) {
        return new TemporaryCredit(e.getId(), l.money(e.getAmount()), e.getValidFrom(), e.getExpiresOn(), e.getReason(),
                e.getGrantedBy(), e.getGrantedAt());
    }

    /** Refusals are stored one per line as {@code CODE<TAB>message}. */
    static String refusalText(List<ShipmentRefusal> refusals) {
        if (refusals.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (ShipmentRefusal r : refusals) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(r.code()).append('\t').append(r.message().replace('\n', ' ').replace('\t', ' '));
        }
        return b.length() > 4000 ? b.substring(0, 4000) : b.toString();
    }

    static List<ShipmentRefusal> refusals(String text) {
        List<ShipmentRefusal> out = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                out.add(tab < 0 ? new ShipmentRefusal(line, line) : new ShipmentRefusal(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return out;
    }
}
