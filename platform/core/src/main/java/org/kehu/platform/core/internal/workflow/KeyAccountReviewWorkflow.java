package org.kehu.platform.core.internal.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowSubject;
import org.kehu.platform.api.spi.WorkflowTransition;
import org.kehu.platform.core.internal.rules.Violations;

/**
 * Key account development review (大客户开发评审): the owner files the development tracking form — needs, project,
 * intended deal amount, problems, strategy — for a deal of at least {@code workflow.key-account-review.minimum}; the
 * manager, then the director propose; the general manager or the chairman decides. A deal of at least
 * {@code ...escalation.above} left without a decision past {@code ...decision.due} in any review step escalates to
 * the chairman (senior review).
 */
public class KeyAccountReviewWorkflow extends CoreWorkflow {

    public static final String ID = "key-account-review";
    static final String MANAGER_REVIEW = "manager-review";
    static final String DIRECTOR_REVIEW = "director-review";
    static final String DECISION = "decision";
    static final List<String> FORM = List.of("needs", "project", "problems", "strategy");

    private final WorkflowSettings settings;

    public KeyAccountReviewWorkflow(WorkflowSettings settings) {
        super(ID, 1, "customer", "大客户开发评审", "Key account development review");
        this.settings = settings;
    }

    @Override
    public List<WorkflowState> states() {
        return states(
                state(MANAGER_REVIEW, "经理评审", "Manager review", CHAIRMAN),
                state(DIRECTOR_REVIEW, "总监评审", "Director review", CHAIRMAN),
                state(DECISION, "总经理/董事长决策", "GM or chairman decision", CHAIRMAN),
                end("approved", "批准开发", "Development approved"),
                end("declined", "不予开发", "Declined"),
                end("withdrawn", "已撤回", "Withdrawn"));
    }

    @Override
    public List<WorkflowTransition> transitions() {
        Set<String> deciders = Set.of(GENERAL_MANAGER, CHAIRMAN);
        return List.of(
                go("propose", MANAGER_REVIEW, DIRECTOR_REVIEW, "经理提出意见，报总监", "Propose to the director", Set.of(MANAGER)),
                explained("decline", MANAGER_REVIEW, "declined", "不予开发", "Decline", Set.of(MANAGER)),
                go("withdraw", MANAGER_REVIEW, "withdrawn", "撤回", "Withdraw", STARTER),
                go("propose", DIRECTOR_REVIEW, DECISION, "总监提出意见，报决策", "Propose for decision", Set.of(DIRECTOR)),
                explained("decline", DIRECTOR_REVIEW, "declined", "不予开发", "Decline", Set.of(DIRECTOR)),
                go("approve", DECISION, "approved", "批准开发", "Approve development", deciders),
                explained("decline", DECISION, "declined", "不予开发", "Decline", deciders));
    }

    /** The tracking form must be complete and the intended deal large enough to count as a key account. */
    @Override
    public WorkflowSubject prepare(WorkflowSubject requested) {
        Violations v = new Violations();
        Map<String, Object> data = new HashMap<>(requested.data());
        for (String field : FORM) {
            text(v, data, field, 2000);
        }
        BigDecimal minimum = settings.number(ID + ".minimum");
        if (requested.amount() == null) {
            v.add("amount", "is required: the intended deal amount");
        } else if (requested.amount().compareTo(minimum) < 0) {
            v.add("amount", "must be at least " + minimum.toPlainString() + " for a key account");
        }
        v.throwIfAny();
        return new WorkflowSubject("customer", requested.id(), requested.id(), requested.amount(), data);
    }

    /** Only deals at or above the escalation amount have a deadline. */
    @Override
    public Duration dueWithin(WorkflowSubject subject, WorkflowState state) {
        if (state.terminal() || subject.amount() == null
                || subject.amount().compareTo(settings.number(ID + ".escalation.above")) < 0) {
            return null;
        }
        return due(settings, ID, "decision");
    }
}
