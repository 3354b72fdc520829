package org.kehu.platform.core.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerService;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.ledger.ContractDraft;
import org.kehu.platform.api.ledger.ContractService;
import org.kehu.platform.api.ledger.CreditProfile;
import org.kehu.platform.api.ledger.CreditService;
import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.workflow.TransitionRequest;
import org.kehu.platform.api.workflow.WorkflowInstance;
import org.kehu.platform.api.workflow.WorkflowQuery;
import org.kehu.platform.api.workflow.WorkflowService;
import org.kehu.platform.api.workflow.WorkflowStart;

/**
 * Open workflow instances on the demo customers, so that every demo reviewer and decider finds work in
 * {@code GET /tasks}: contracts awaiting approval at each authority, a credit request, a key account development
 * review and a freeze request for a dormant customer.
 */
final class DemoWorkflows {

    static final Actor AM1 = new Actor("am1", Set.of("account-manager"), null);
    static final Actor MANAGER = new Actor("manager", Set.of("manager"), null);

    private final CustomerService customers;
    private final ContractService contracts;
    private final CreditService credit;
    private final WorkflowService workflows;

    DemoWorkflows(CustomerService customers, ContractService contracts, CreditService credit, WorkflowService workflows) {
        this.customers = customers;
        this.contracts = contracts;
        this.credit = credit;
        this.workflows = workflows;
    }

    /** @return what was started, for the log */
    String load(List<Customer> created, LocalDate today) {
        List<Customer> active = new ArrayList<>();
        Customer dormant = null;
        for (Customer c : created) {
            Customer now = customers.get(Actor.SYSTEM, c.id());
            CreditProfile profile = credit.profile(Actor.SYSTEM, c.id());
            if (now.type() == PartyType.ORGANIZATION && now.status() == LifecycleStatus.ACTIVE && profile.list() == null
                    && profile.overdueAmount().amount().signum() == 0 && active.size() < 3) {
                active.add(now);
            } else if (now.status() == LifecycleStatus.DORMANT && dormant == null) {
                dormant = now;
            }
        }
        if (active.size() < 3) {
            return "no workflows: too few active customers";
        }
        int started = 0;
        Customer buyer = active.get(0);
        for (String amount : List.of("1200000.00", "8000000.00", "26000000.00")) {
            long contract = contracts.createContract(AM1, new ContractDraft(buyer.id(), null, "年度供货合同（待审批）",
                    Money.cny(amount), null, null, today, today.plusYears(1).minusDays(1), 30, PaymentMode.CREDIT,
                    null)).id();
            started++;
            if (amount.startsWith("8")) {
                WorkflowInstance approval = workflows.instances(Actor.SYSTEM, new WorkflowQuery("contract-approval",
                        "contract", contract, null, null, true), 0, 1).items().get(0);
                workflows.transition(DemoDataLoader.APPROVERS.get(0), approval.id(), "pass",
                        new TransitionRequest("合同条款审核无误", null));
            }
        }
        Customer grower = active.get(1);
        BigDecimal limit = credit.profile(Actor.SYSTEM, grower.id()).annualLimit().amount();
        workflows.start(AM1, new WorkflowStart("credit-request", grower.id(), Money.cny(limit.add(new BigDecimal("500000"))
                .setScale(2).toPlainString()), Map.of("kind", "LIMIT", "reason", "客户新增两个搅拌站，年采购量预计增长四成"),
                "附客户扩产计划"));
        started++;
        workflows.start(AM1, new WorkflowStart("key-account-review", active.get(2).id(), Money.cny("600000.00"),
                Map.of("needs", "新建物流园项目年需散装水泥约3万吨", "project", "城东物流园一期",
                        "problems", "客户倾向于两家供应商分供，价格压力大",
                        "strategy", "以准时供货和现场技术服务争取主供地位"), null));
        started++;
        if (dormant != null) {
            workflows.start(MANAGER, new WorkflowStart("freeze", dormant.id(), null,
                    Map.of("reason", "半年以上无交易，建议冻结"), null));
            started++;
        }
        return started + " workflow instances";
    }
}
