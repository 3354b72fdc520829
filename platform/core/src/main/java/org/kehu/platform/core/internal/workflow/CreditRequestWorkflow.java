package org.kehu.platform.core.internal.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.CreditProfile;
import org.kehu.platform.api.ledger.CreditService;
import org.kehu.platform.api.ledger.CreditUpdate;
import org.kehu.platform.api.ledger.TemporaryCreditDraft;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowSubject;
import org.kehu.platform.api.spi.WorkflowTransition;
import org.kehu.platform.core.internal.ledger.Ledger;
import org.kehu.platform.core.internal.rules.Violations;

/**
 * Credit limit and temporary credit request (授信申请): the account manager asks for a new annual limit
 * ({@code kind=LIMIT}, {@code amount} the new limit), temporary credit ({@code kind=TEMPORARY}, {@code amount} and
 * {@code data.expiresOn}) or a payment term ({@code kind=TERM}, {@code data.paymentTermDays}); the credit officer
 * reviews; the manager decides up to {@code workflow.credit-request.manager.upTo}, the general manager above it. The
 * approval grants the credit in the same transaction, under every credit rule (overdue, lists, the company cap): a
 * grant the rules refuse leaves the request where it was.
 */
public class CreditRequestWorkflow extends CoreWorkflow {

    public static final String ID = "credit-request";
    static final String REVIEW = "credit-review";
    static final String DECISION = "decision";
    static final String APPROVED = "approved";

    private final Ledger ledger;
    private final CreditService credit;
    private final WorkflowSettings settings;

    public CreditRequestWorkflow(Ledger ledger, CreditService credit, WorkflowSettings settings) {
        super(ID, 1, "customer", "授信申请", "Credit request");
        this.ledger = ledger;
        this.credit = credit;
        this.settings = settings;
    }

    @Override
    public List<WorkflowState> states() {
        return states(
                state(REVIEW, "信用审核", "Credit review", null),
                state(DECISION, "审批决定", "Decision", GENERAL_MANAGER),
                end(APPROVED, "已批准并生效", "Approved and granted"),
                end("rejected", "已驳回", "Rejected"),
                end("withdrawn", "已撤回", "Withdrawn"));
    }

    @Override
    public List<WorkflowTransition> transitions() {
        BigDecimal managerUpTo = settings.number(ID + ".manager.upTo");
        return List.of(
                go("recommend", REVIEW, DECISION, "审核通过，提交审批", "Recommend for decision", Set.of(CREDIT_OFFICER)),
                explained("reject", REVIEW, "rejected", "驳回", "Reject", Set.of(CREDIT_OFFICER)),
                go("withdraw", REVIEW, "withdrawn", "撤回", "Withdraw", STARTER),
                bounded("approve", DECISION, APPROVED, "经理批准", "Approve (manager)", Set.of(MANAGER), null,
                        managerUpTo, false),
                bounded("approve", DECISION, APPROVED, "总经理批准", "Approve (general manager)",
                        Set.of(GENERAL_MANAGER), managerUpTo, null, false),
                bounded("reject", DECISION, "rejected", "驳回", "Reject", Set.of(MANAGER), null, managerUpTo, true),
                bounded("reject", DECISION, "rejected", "驳回", "Reject", Set.of(GENERAL_MANAGER), managerUpTo, null,
                        true),
                go("withdraw", DECISION, "withdrawn", "撤回", "Withdraw", STARTER));
    }

    /** Checks the request; a term request is routed by the customer's current annual limit. */
    @Override
    public WorkflowSubject prepare(WorkflowSubject requested) {
        Violations v = new Violations();
        Map<String, Object> data = new HashMap<>(requested.data());
        String kind = data.get("kind") == null ? null : data.get("kind").toString().strip().toUpperCase(Locale.ROOT);
        String reason = text(v, data, "reason", 500);
        BigDecimal amount = requested.amount();
        if (kind == null || !Set.of("LIMIT", "TEMPORARY", "TERM").contains(kind)) {
            v.add("data.kind", "must be LIMIT, TEMPORARY or TERM");
        } else if ("TERM".equals(kind)) {
            Integer days = integer(v, data, "paymentTermDays");
            if (days != null && (days < 0 || days > 365)) {
                v.add("data.paymentTermDays", "must be between 0 and 365");
            } else if (days != null) {
                data.put("paymentTermDays", days.toString());
            }
        } else {
            if (amount == null || amount.signum() <= 0) {
                v.add("amount", "is required and must be greater than zero for a " + kind + " request");
            }
            if ("TEMPORARY".equals(kind)) {
                LocalDate expires = date(v, data, "expiresOn");
                if (expires != null && expires.isBefore(ledger.today())) {
                    v.add("data.expiresOn", "must not be in the past");
                } else if (expires != null) {
                    data.put("expiresOn", expires.toString());
                }
            }
        }
        v.throwIfAny();
        data.put("kind", kind);
        data.put("reason", reason);
        CreditProfile profile = credit.profile(Actor.SYSTEM, requested.id());
        refuseIncrease(profile, kind, amount, data);
        data.put("currentLimit", profile.annualLimit().amount().toPlainString());
        data.put("currentPaymentTermDays", Integer.toString(profile.paymentTermDays()));
        if ("TERM".equals(kind)) {
            amount = profile.annualLimit().amount();
        }
        return new WorkflowSubject("customer", requested.id(), requested.id(), amount, data);
    }

    /** More credit — a higher limit, temporary credit, a longer term — is refused at once for a listed or overdue customer. */
    private static void refuseIncrease(CreditProfile profile, String kind, BigDecimal amount, Map<String, Object> data) {
        boolean more = switch (kind) {
            case "LIMIT" -> amount.compareTo(profile.annualLimit().amount()) > 0;
            case "TERM" -> Integer.parseInt(data.get("paymentTermDays").toString()) > profile.paymentTermDays();
            default -> true;
        };
        if (!more) {
            return;
        }
        if (profile.list() == CreditListType.GREY || profile.list() == CreditListType.BLACK) {
            throw new ConflictException("Customer " + profile.customerId() + " is on the " + profile.list()
                    + " list: no higher limit, temporary credit or longer term");
        }
        if (profile.overdueAmount() != null && profile.overdueAmount().amount().signum() > 0) {
            throw new ConflictException("Customer " + profile.customerId() + " has overdue receivables of "
                    + profile.overdueAmount().amount().toPlainString() + ": no higher limit, temporary credit or"
                    + " longer term until they are paid");
        }
    }

    @Override
    public Duration dueWithin(WorkflowSubject subject, WorkflowState state) {
        return switch (state.id()) {
            case REVIEW -> due(settings, ID, "review");
            case DECISION -> due(settings, ID, "decision");
            default -> null;
        };
    }

    /** An approval is refused when the limit or term changed since the request: it would silently undo that change. */
    @Override
    public List<String> guard(WorkflowSubject subject, WorkflowTransition transition) {
        if (!APPROVED.equals(transition.to())) {
            return List.of();
        }
        CreditProfile now = credit.profile(Actor.SYSTEM, subject.id());
        String limit = now.annualLimit().amount().toPlainString();
        String term = Integer.toString(now.paymentTermDays());
        if (!limit.equals(subject.data().get("currentLimit"))
                || !term.equals(subject.data().get("currentPaymentTermDays"))) {
            return List.of("the credit changed since the request (limit " + subject.data().get("currentLimit")
                    + " -> " + limit + ", term " + subject.data().get("currentPaymentTermDays") + " -> " + term
                    + " days); withdraw it and request again");
        }
        return List.of();
    }

    /** Grants what was approved, as the approver, under the credit rules. */
    @Override
    public void entered(WorkflowSubject subject, String state, WorkflowTransition transition, Actor actor) {
        if (!APPROVED.equals(state)) {
            return;
        }
        Map<String, Object> d = subject.data();
        String reason = "credit request approved: " + d.get("reason");
        long customer = subject.id();
        String kind = d.get("kind").toString();
        if ("TEMPORARY".equals(kind)) {
            credit.grantTemporary(actor, customer, new TemporaryCreditDraft(new Money(subject.amount(), null), null,
                    LocalDate.parse(d.get("expiresOn").toString()), reason));
            return;
        }
        long version = credit.profile(actor, customer).version();
        if ("LIMIT".equals(kind)) {
            credit.update(actor, customer, new CreditUpdate(null, new Money(subject.amount(), null), null, null, null,
                    reason, version));
        } else {
            credit.update(actor, customer, new CreditUpdate(null, null, null, null,
                    Integer.valueOf(d.get("paymentTermDays").toString()), reason, version));
        }
    }

    private static Integer integer(Violations v, Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value == null) {
            v.add("data." + key, "is required");
            return null;
        }
        try {
            return Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            v.add("data." + key, "must be a whole number");
            return null;
        }
    }

    private static LocalDate date(Violations v, Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value == null) {
            v.add("data." + key, "is required");
            return null;
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            v.add("data." + key, "must be a date such as 2026-12-31");
            return null;
        }
    }
}
