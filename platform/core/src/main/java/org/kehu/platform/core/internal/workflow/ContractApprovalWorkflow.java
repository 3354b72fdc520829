package org.kehu.platform.core.internal.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowSubject;
import org.kehu.platform.api.spi.WorkflowTransition;
import org.kehu.platform.core.internal.entity.ContractEntity;
import org.kehu.platform.core.internal.ledger.Ledger;
import org.kehu.platform.core.internal.ledger.LedgerSettings;

/**
 * Contract approval (合同审批): the departments' reviews come first — production safety, finance audit and risk by
 * default, in the order of {@code workflow.contract-approval.reviews} — then the authority the amount requires
 * decides: the general manager up to the first threshold, the general managers' office meeting above it, the group
 * above the second (settings {@code contract.approval.*}). Starts when a contract is recorded and ends as
 * {@code cancelled} when the contract is; a contract becomes ACTIVE only once approved.
 */
public class ContractApprovalWorkflow extends CoreWorkflow {

    public static final String ID = "contract-approval";
    public static final String APPROVED = "approved";
    public static final String CANCELLED = "cancelled";
    static final String DECISION = "decision";
    static final String GROUP_DECISION = "group-decision";

    /** Labels of the departments named by the default reviews; other roles are shown by their name. */
    private static final Map<String, String[]> DEPARTMENTS = Map.of(
            "production-safety", new String[] {"安全生产部审核", "Production safety review"},
            "finance-audit", new String[] {"财务审计部审核", "Finance audit review"},
            "risk", new String[] {"风险管理部审核", "Risk review"},
            "legal", new String[] {"法务审核", "Legal review"});

    private final Ledger ledger;
    private final WorkflowSettings settings;

    public ContractApprovalWorkflow(Ledger ledger, WorkflowSettings settings) {
        super(ID, 1, "contract", "合同审批", "Contract approval");
        this.ledger = ledger;
        this.settings = settings;
    }

    /** The reviewing roles, in order. */
    List<String> reviews() {
        return settings.list(ID + ".reviews");
    }

    static String review(String role) {
        return role + "-review";
    }

    @Override
    public List<WorkflowState> states() {
        List<WorkflowState> out = new ArrayList<>();
        for (String role : reviews()) {
            String[] label = DEPARTMENTS.getOrDefault(role, new String[] {role + " 审核", role + " review"});
            out.add(state(review(role), label[0], label[1], null));
        }
        out.add(state(DECISION, "审批决定", "Decision", CHAIRMAN));
        out.add(state(GROUP_DECISION, "集团审批", "Group decision", null));
        out.add(end(APPROVED, "已批准", "Approved"));
        out.add(end("rejected", "已驳回", "Rejected"));
        out.add(end("withdrawn", "已撤回", "Withdrawn"));
        out.add(end(CANCELLED, "合同已取消", "Contract cancelled"));
        return out;
    }

    @Override
    public List<WorkflowTransition> transitions() {
        LedgerSettings.Values s = ledger.settings();
        BigDecimal office = s.officeMeetingAbove();
        BigDecimal group = s.groupAbove();
        List<WorkflowTransition> out = new ArrayList<>();
        List<String> reviews = reviews();
        for (int i = 0; i < reviews.size(); i++) {
            String from = review(reviews.get(i));
            String to = i + 1 < reviews.size() ? review(reviews.get(i + 1)) : DECISION;
            out.add(go("pass", from, to, "审核通过", "Pass the review", Set.of(reviews.get(i))));
            out.add(explained("reject", from, "rejected", "驳回", "Reject", Set.of(reviews.get(i))));
            out.add(go("withdraw", from, "withdrawn", "撤回", "Withdraw", STARTER));
        }
        out.addAll(List.of(
                bounded("approve", DECISION, APPROVED, "总经理批准", "Approve (general manager)",
                        Set.of(GENERAL_MANAGER), null, office, false),
                bounded("approve", DECISION, APPROVED, "总经理办公会批准", "Approve (GM office meeting)",
                        Set.of(GM_OFFICE), office, group, false),
                bounded("refer-group", DECISION, GROUP_DECISION, "总经理办公会通过，报集团审批",
                        "Pass the GM office meeting, refer to the group", Set.of(GM_OFFICE), group, null, false),
                bounded("reject", DECISION, "rejected", "驳回", "Reject", Set.of(GENERAL_MANAGER), null, office, true),
                bounded("reject", DECISION, "rejected", "驳回", "Reject", Set.of(GM_OFFICE), office, null, true),
                go("withdraw", DECISION, "withdrawn", "撤回", "Withdraw", STARTER),
                go("approve", GROUP_DECISION, APPROVED, "集团批准", "Approve (group)", Set.of(GROUP)),
                explained("reject", GROUP_DECISION, "rejected", "驳回", "Reject", Set.of(GROUP)),
                go("withdraw", GROUP_DECISION, "withdrawn", "撤回", "Withdraw", STARTER)));
        return out;
    }

    /** Amount and customer come from the contract, which must be a draft not approved before. */
    @Override
    public WorkflowSubject prepare(WorkflowSubject requested) {
        return ledger.read(em -> {
            ContractEntity c = em.find(ContractEntity.class, requested.id());
            if (c == null) {
                throw ValidationException.of("subjectId", "is not a known contract");
            }
            if (c.getStatus() != ContractStatus.DRAFT) {
                throw new ConflictException("Contract " + c.getNumber() + " is " + c.getStatus()
                        + "; only a draft contract goes to approval");
            }
            if (WorkflowEngine.reached(em, ID, "contract", c.getId(), List.of(APPROVED))) {
                throw new ConflictException("Contract " + c.getNumber() + " is approved already");
            }
            Map<String, Object> data = new HashMap<>(requested.data());
            data.put("number", c.getNumber());
            data.put("title", c.getTitle());
            data.put("approvalLevel", c.getApprovalLevel().name());
            return new WorkflowSubject("contract", c.getId(), c.getCustomerId(), c.getAmount(), data);
        });
    }

    @Override
    public Duration dueWithin(WorkflowSubject subject, WorkflowState state) {
        if (state.terminal() || GROUP_DECISION.equals(state.id())) {
            return null;
        }
        return DECISION.equals(state.id()) ? due(settings, ID, "decision") : due(settings, ID, "review");
    }

    /** Only a draft contract moves on; once it is no longer one, its approval can only be withdrawn. */
    @Override
    public List<String> guard(WorkflowSubject subject, WorkflowTransition transition) {
        if ("withdrawn".equals(transition.to())) {
            return List.of();
        }
        ContractStatus status = ledger.read(em -> {
            ContractEntity c = em.find(ContractEntity.class, subject.id());
            return c == null ? null : c.getStatus();
        });
        return status == ContractStatus.DRAFT ? List.of()
                : List.of("the contract is " + status + ", not a draft awaiting approval");
    }
}
