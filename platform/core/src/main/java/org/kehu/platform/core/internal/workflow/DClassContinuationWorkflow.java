package org.kehu.platform.core.internal.workflow;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.grading.GradeAssignment;
import org.kehu.platform.api.grading.GradingService;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowSubject;
import org.kehu.platform.api.spi.WorkflowTransition;
import org.kehu.platform.core.internal.grading.DClassPolicy;
import org.kehu.platform.core.internal.ledger.Ledger;
import org.kehu.platform.core.internal.rules.Violations;

/**
 * Continuation of a D-class customer (D类客户保留审批): the business unit proposes to keep a customer the D-class
 * policy graded D (low gross profit) or X (negative, to be eliminated), with an improvement plan; the business-unit
 * general manager reviews, the operating committee's chair approves. The target — gross profit above
 * {@code workflow.d-class-continuation.grossProfit.target} within {@code ...target.years} years — is recorded with
 * the instance. A refused continuation ends in {@code eliminated}, and the customer's freeze is requested at once
 * ({@link EliminationFollowUp}).
 */
public class DClassContinuationWorkflow extends CoreWorkflow {

    public static final String ID = "d-class-continuation";
    static final String REVIEW = "bu-gm-review";
    static final String APPROVAL = "chair-approval";

    private final Ledger ledger;
    private final GradingService grading;
    private final WorkflowSettings settings;

    public DClassContinuationWorkflow(Ledger ledger, GradingService grading, WorkflowSettings settings) {
        super(ID, 1, "customer", "D类客户保留审批", "D-class continuation");
        this.ledger = ledger;
        this.grading = grading;
        this.settings = settings;
    }

    @Override
    public List<WorkflowState> states() {
        return states(
                state(REVIEW, "事业部总经理审核", "Business-unit GM review", null),
                state(APPROVAL, "经营委员会主任审批", "Operating committee chair approval", null),
                end("continued", "准予保留", "Continued"),
                end("eliminated", "淘汰", "Eliminated"),
                end("withdrawn", "已撤回", "Withdrawn"));
    }

    @Override
    public List<WorkflowTransition> transitions() {
        return List.of(
                go("recommend", REVIEW, APPROVAL, "同意保留，报主任审批", "Recommend continuation", Set.of(BU_GM)),
                explained("eliminate", REVIEW, "eliminated", "不同意保留，淘汰", "Eliminate", Set.of(BU_GM)),
                go("withdraw", REVIEW, "withdrawn", "撤回", "Withdraw", STARTER),
                go("approve", APPROVAL, "continued", "批准保留", "Approve continuation", Set.of(COMMITTEE_CHAIR)),
                explained("eliminate", APPROVAL, "eliminated", "不批准，淘汰", "Eliminate", Set.of(COMMITTEE_CHAIR)));
    }

    /** Only a customer whose current D-class grade is D or X; records the grade, its figures and the target. */
    @Override
    public WorkflowSubject prepare(WorkflowSubject requested) {
        Violations v = new Violations();
        Map<String, Object> data = new HashMap<>(requested.data());
        text(v, data, "plan", 2000);
        v.throwIfAny();
        GradeAssignment grade = grading.current(Actor.SYSTEM, requested.id()).stream()
                .filter(a -> DClassPolicy.ID.equals(a.policyId())).findFirst()
                .orElseThrow(() -> new ConflictException("Customer " + requested.id()
                        + " has no D-class grade; run the d-class policy first"));
        if (!Set.of("D", "X").contains(grade.grade())) {
            throw new ConflictException("Customer " + requested.id() + " is graded " + grade.grade() + " for "
                    + grade.period() + ", not D or X: there is nothing to continue");
        }
        data.put("grade", grade.grade());
        data.put("gradePeriod", grade.period());
        Object profit = grade.figures().get("grossProfit");
        if (profit != null) {
            data.put("grossProfit", profit.toString());
        }
        data.put("targetGrossProfit", settings.number(ID + ".grossProfit.target").toPlainString());
        data.put("targetYear", Integer.toString(ledger.today().getYear()
                + settings.number(ID + ".target.years").intValue()));
        return new WorkflowSubject("customer", requested.id(), requested.id(), null, data);
    }

    @Override
    public Duration dueWithin(WorkflowSubject subject, WorkflowState state) {
        return REVIEW.equals(state.id()) ? due(settings, ID, "review") : null;
    }
}
