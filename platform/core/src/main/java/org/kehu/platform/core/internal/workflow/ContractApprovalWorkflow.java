package org.kehu.platform.core.internal.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowSubject;
import org.kehu.platform.api.spi.WorkflowTransition;
import org.kehu.platform.core.internal.entity.ContractEntity;
import org.kehu.platform.core.internal.ledger.Ledger;
import org.kehu.platform.core.internal.ledger.LedgerSettings;

/**
 * Contract approval (合同审批): the legal and the finance department review, then the authority the amount requires
 * decides — the general manager up to the first threshold, the general managers' office meeting above it, the group
 * above the second (settings {@code contract.approval.*}). Starts when a contract is recorded; a contract becomes
 * ACTIVE only once approved.
 */
public class ContractApprovalWorkflow extends CoreWorkflow {

    public static final String ID = "contract-approval";
    public static final String APPROVED = "approved";
    static final String LEGAL_REVIEW = "legal-review";
    static final String FINANCE_REVIEW = "finance-review";
    static final String DECISION = "decision";
    static final String GROUP_DECISION = "group-decision";

    private final Ledger ledger;
    private final WorkflowSettings settings;

    public ContractApprovalWorkflow(Ledger ledger, WorkflowSettings settings) {
        super(ID, 1, "contract", "合同审批", "Contract approval");
        this.ledger = ledger;
        this.settings = settings;
    }

    @Override
    public List<WorkflowState> states() {
        return states(
                state(LEGAL_REVIEW, "法务审核", "Legal review", GENERAL_MANAGER),
                state(FINANCE_REVIEW, "财务审核", "Finance review", GENERAL_MANAGER),
                state(DECISION, "审批决定", "Decision", CHAIRMAN),
                state(GROUP_DECISION, "集团审批", "Group decision", null),
                end(APPROVED, "已批准", "Approved"),
                end("rejected", "已驳回", "Rejected"),
                end("withdrawn", "已撤回", "Withdrawn"));
    }

    @Override
    public List<WorkflowTransition> transitions() {
        LedgerSettings.Values s = ledger.settings();
        BigDecimal office = s.officeMeetingAbove();
        BigDecimal group = s.groupAbove();
        return List.of(
                go("pass", LEGAL_REVIEW, FINANCE_REVIEW, "法务审核通过", "Pass legal review", Set.of(LEGAL)),
                explained("reject", LEGAL_REVIEW, "rejected", "驳回", "Reject", Set.of(LEGAL)),
                go("withdraw", LEGAL_REVIEW, "withdrawn", "撤回", "Withdraw", STARTER),
                go("pass", FINANCE_REVIEW, DECISION, "财务审核通过", "Pass finance review", Set.of(FINANCE)),
                explained("reject", FINANCE_REVIEW, "rejected", "驳回", "Reject", Set.of(FINANCE)),
                go("withdraw", FINANCE_REVIEW, "withdrawn", "撤回", "Withdraw", STARTER),
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
                go("withdraw", GROUP_DECISION, "withdrawn", "撤回", "Withdraw", STARTER));
    }

    /** Amount and customer come from the contract, which must be a draft not approved before. */
    @Override
    public WorkflowSubject prepare(WorkflowSubject requested) {
        return ledger.read(em -> {
            ContractEntity c = em.find(ContractEntity.class, requested.id());
            if (c == null) {
                throw new NotFoundException("No contract with id " + requested.id());
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
        return switch (state.id()) {
            case LEGAL_REVIEW, FINANCE_REVIEW -> due(settings, ID, "review");
            case DECISION -> due(settings, ID, "decision");
            default -> null;
        };
    }

    /** An approval is refused once the contract is no longer a draft (cancelled meanwhile). */
    @Override
    public List<String> guard(WorkflowSubject subject, WorkflowTransition transition) {
        if (!APPROVED.equals(transition.to())) {
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
