package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.kehu.platform.api.ledger.Contract;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.CreditProfile;
import org.kehu.platform.api.ledger.Order;
import org.kehu.platform.api.ledger.OrderStatus;
import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.ledger.ShipmentRefusal;
import org.kehu.platform.api.ledger.ShipmentRequest;
import org.kehu.platform.api.spi.ShipmentCheck;
import org.kehu.platform.api.spi.ShipmentContext;

/**
 * The platform's own shipment gate: no shipment without credit, beyond the
 * limit, with overdue receivables, without an active contract, beyond the
 * contracted quantity or to a black-listed customer, unless it is paid in
 * advance — and then the money must be on account. Under a prepaid contract
 * goods ship only paid in advance. A shipment to another party than the
 * contract's or the order's is refused even when paid in advance (four-flow
 * consistency).
 */
public final class ShipmentChecks {

    /** The id recorded for a plugin check that has none. */
    public static final String PLUGIN_CHECK = "PLUGIN_CHECK";

    private ShipmentChecks() {
    }

    /** @param tolerance the share by which shipments may exceed the contracted quantity, e.g. 0.05 */
    public static List<ShipmentCheck> core(Supplier<BigDecimal> tolerance) {
        return List.of(
                check("PARTY_MISMATCH", ShipmentChecks::party),
                check("PREPAYMENT_MISSING", ShipmentChecks::prepayment),
                check("BLACK_LISTED", c -> c.credit().list() == CreditListType.BLACK
                        ? "The customer is on the black list: no shipment unless paid in advance" : null, true),
                check("NO_CREDIT", c -> c.credit().effectiveLimit().amount().signum() <= 0
                        ? "The customer has no credit limit" : null, true),
                check("LIMIT_EXCEEDED", ShipmentChecks::limit, true),
                check("OVERDUE", c -> c.credit().overdueAmount().amount().signum() > 0
                        ? "The customer has " + Amounts.scale(c.credit().overdueAmount().amount()).toPlainString()
                                + " overdue, the oldest for " + c.credit().oldestOverdueDays() + " days"
                        : null, true),
                check("NO_CONTRACT", ShipmentChecks::contract, true),
                check("QUANTITY_MISMATCH", c -> quantity(c, tolerance.get()), true));
    }

    private static String party(ShipmentContext c) {
        long party = c.request().customerId();
        Contract contract = c.contract();
        if (contract != null && contract.customerId() != party) {
            return "Contract " + contract.number() + " was signed with another party (customer " + contract.customerId() + ")";
        }
        Order order = c.order();
        if (order != null && order.customerId() != party) {
            return "Order " + order.number() + " belongs to another party (customer " + order.customerId() + ")";
        }
        return null;
    }

    private static String prepayment(ShipmentContext c) {
        if (!c.request().paidInAdvance()) {
            Contract contract = c.contract();
            if (contract != null && contract.paymentMode() == PaymentMode.PREPAID) {
                return "Contract " + contract.number() + " is prepaid: its goods ship only when paid in advance";
            }
            return null;
        }
        BigDecimal paid = c.credit().prepayments().amount();
        BigDecimal amount = c.request().amount().amount();
        if (paid.compareTo(amount) < 0) {
            return "Paid in advance, but only " + Amounts.scale(paid).toPlainString() + " of "
                    + Amounts.scale(amount).toPlainString() + " is on account";
        }
        return null;
    }

    /** The request with its ship date, today when it has none. */
    public static ShipmentRequest dated(ShipmentRequest r, LocalDate today) {
        if (r.shipDate() != null) {
            return r;
        }
        return new ShipmentRequest(r.customerId(), r.contractId(), r.orderId(), r.number(), today, r.quantity(), r.amount(),
                r.cost(), r.paidInAdvance());
    }

    /**
     * What a plugin check found, fit to record: no {@code null} entries, a missing code replaced by the check's id and
     * a missing message by one naming the check.
     */
    public static List<ShipmentRefusal> fromPlugin(String checkId, List<ShipmentRefusal> found) {
        List<ShipmentRefusal> out = new ArrayList<>();
        if (found == null) {
            return out;
        }
        String id = blank(checkId) ? PLUGIN_CHECK : checkId.strip();
        for (ShipmentRefusal r : found) {
            if (r == null) {
                continue;
            }
            out.add(new ShipmentRefusal(blank(r.code()) ? id : r.code().strip(),
                    blank(r.message()) ? "Refused by check " + id : r.message()));
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String limit(ShipmentContext c) {
        CreditProfile credit = c.credit();
        BigDecimal limit = credit.effectiveLimit().amount();
        if (limit.signum() <= 0) {
            return null;
        }
        BigDecimal after = credit.exposure().amount().add(c.additionalExposure().amount());
        if (after.compareTo(limit) > 0) {
            return "Exposure would be " + Amounts.scale(after).toPlainString() + ", above the limit of "
                    + Amounts.scale(limit).toPlainString();
        }
        return null;
    }

    private static String contract(ShipmentContext c) {
        Contract contract = c.contract();
        if (contract == null) {
            return "No contract covers this shipment";
        }
        if (contract.status() != ContractStatus.ACTIVE) {
            return "Contract " + contract.number() + " is " + contract.status() + ", not active";
        }
        var date = c.request().shipDate();
        if (date != null && (date.isBefore(contract.startDate()) || date.isAfter(contract.endDate()))) {
            return "Contract " + contract.number() + " runs from " + contract.startDate() + " to " + contract.endDate();
        }
        return null;
    }

    private static String quantity(ShipmentContext c, BigDecimal tolerance) {
        BigDecimal qty = c.request().quantity();
        Order order = c.order();
        if (order != null) {
            if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.SHIPPED) {
                return "Order " + order.number() + " is " + order.status();
            }
            BigDecimal left = order.quantity().subtract(order.shippedQuantity());
            if (qty.compareTo(left.add(order.quantity().multiply(tolerance))) > 0) {
                return "Quantity " + qty.stripTrailingZeros().toPlainString() + " is more than the "
                        + left.stripTrailingZeros().toPlainString() + " left on order " + order.number();
            }
        }
        Contract contract = c.contract();
        if (contract != null && contract.quantity() != null) {
            BigDecimal left = contract.quantity().subtract(c.contractShippedQuantity());
            if (qty.compareTo(left.add(contract.quantity().multiply(tolerance))) > 0) {
                return "Quantity " + qty.stripTrailingZeros().toPlainString() + " differs from contract " + contract.number()
                        + ": " + left.stripTrailingZeros().toPlainString() + " of "
                        + contract.quantity().stripTrailingZeros().toPlainString() + " left";
            }
        }
        return null;
    }

    private interface Rule {
        String reason(ShipmentContext context);
    }

    private static ShipmentCheck check(String id, Rule rule) {
        return check(id, rule, false);
    }

    private static ShipmentCheck check(String id, Rule rule, boolean waivedWhenPaidInAdvance) {
        return new ShipmentCheck() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<ShipmentRefusal> check(ShipmentContext context) {
                if (waivedWhenPaidInAdvance && context.request().paidInAdvance()) {
                    return List.of();
                }
                String reason = rule.reason(context);
                List<ShipmentRefusal> out = new ArrayList<>(1);
                if (reason != null) {
                    out.add(new ShipmentRefusal(id, reason));
                }
                return out;
            }

            @Override
            public String toString() {
                return id;
            }
        };
    }
}
