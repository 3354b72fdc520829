package org.kehu.platform.core.internal.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.StatusChangeRequest;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowSubject;
import org.kehu.platform.api.spi.WorkflowTransition;
import org.kehu.platform.core.internal.ledger.Ledger;
import org.kehu.platform.core.internal.ledger.LedgerQueries;
import org.kehu.platform.core.internal.rules.Violations;
import org.kehu.platform.core.internal.service.CustomerServiceImpl;

/**
 * Freezing a customer (冻结): allowed straight away only when the customer has no open receivables, no open sales
 * orders and no goods shipped but not yet invoiced; otherwise the manager refers it to the business unit's
 * management, whose decision (filed with the committee, so a comment is required) freezes or keeps the customer.
 * The freeze moves the customer's lifecycle to FROZEN (through DORMANT when it is active).
 */
public class FreezeWorkflow extends CoreWorkflow {

    public static final String ID = "freeze";
    static final String REQUESTED = "requested";
    static final String MANAGEMENT = "management-decision";
    static final String FROZEN = "frozen";

    private static final Set<LifecycleStatus> FREEZABLE = Set.of(LifecycleStatus.NEW, LifecycleStatus.ACTIVE,
            LifecycleStatus.DORMANT);

    private final Ledger ledger;
    private final CustomerServiceImpl customers;
    private final WorkflowSettings settings;

    public FreezeWorkflow(Ledger ledger, CustomerServiceImpl customers, WorkflowSettings settings) {
        super(ID, 1, "customer", "客户冻结", "Customer freeze");
        this.ledger = ledger;
        this.customers = customers;
        this.settings = settings;
    }

    @Override
    public List<WorkflowState> states() {
        return states(
                state(REQUESTED, "冻结申请", "Freeze requested", null),
                state(MANAGEMENT, "事业部管理层决定", "Business-unit management decision", COMMITTEE_CHAIR),
                end(FROZEN, "已冻结", "Frozen"),
                end("kept", "不予冻结", "Kept"),
                end("withdrawn", "已撤回", "Withdrawn"));
    }

    @Override
    public List<WorkflowTransition> transitions() {
        return List.of(
                go("freeze", REQUESTED, FROZEN, "冻结", "Freeze", Set.of(MANAGER)),
                explained("refer", REQUESTED, MANAGEMENT, "提交事业部管理层决定", "Refer to management", Set.of(MANAGER)),
                go("withdraw", REQUESTED, "withdrawn", "撤回", "Withdraw", STARTER),
                explained("freeze", MANAGEMENT, FROZEN, "管理层决定冻结（报委员会备案）",
                        "Freeze by management decision (filed with the committee)", Set.of(BU_GM)),
                explained("keep", MANAGEMENT, "kept", "不予冻结", "Keep the customer", Set.of(BU_GM)));
    }

    @Override
    public WorkflowSubject prepare(WorkflowSubject requested) {
        Violations v = new Violations();
        Map<String, Object> data = new HashMap<>(requested.data());
        text(v, data, "reason", 500);
        v.throwIfAny();
        Customer c = customers.get(Actor.SYSTEM, requested.id());
        if (!FREEZABLE.contains(c.status())) {
            throw new ConflictException("Customer " + c.number() + " is " + c.status() + "; only a new, active or"
                    + " dormant customer can be frozen");
        }
        data.put("openItems", String.join("; ", openItems(requested.id())));
        return new WorkflowSubject("customer", requested.id(), requested.id(), null, data);
    }

    /** The direct freeze needs a clean account; the management decision may freeze regardless. */
    @Override
    public List<String> guard(WorkflowSubject subject, WorkflowTransition transition) {
        if (!(REQUESTED.equals(transition.from()) && FROZEN.equals(transition.to()))) {
            return List.of();
        }
        List<String> open = openItems(subject.id());
        if (open.isEmpty()) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>(open);
        reasons.add("refer the freeze to the business unit's management (transition refer)");
        return reasons;
    }

    private List<String> openItems(long customerId) {
        return ledger.read(em -> LedgerQueries.position(em, customerId, ledger.today())).openBusiness();
    }

    @Override
    public Duration dueWithin(WorkflowSubject subject, WorkflowState state) {
        return MANAGEMENT.equals(state.id()) ? due(settings, ID, "decision") : null;
    }

    @Override
    public void entered(WorkflowSubject subject, String state, WorkflowTransition transition, Actor actor) {
        if (!FROZEN.equals(state)) {
            return;
        }
        String reason = "freeze: " + subject.data().get("reason");
        Customer c = customers.get(actor, subject.id());
        if (c.status() != LifecycleStatus.DORMANT && c.status() != LifecycleStatus.FROZEN) {
            c = customers.changeStatus(actor, c.id(),
                    new StatusChangeRequest(LifecycleStatus.DORMANT, reason, null, c.version()));
        }
        if (c.status() != LifecycleStatus.FROZEN) {
            customers.freeze(actor, c.id(), new StatusChangeRequest(LifecycleStatus.FROZEN, reason, null, c.version()));
        }
    }
}
