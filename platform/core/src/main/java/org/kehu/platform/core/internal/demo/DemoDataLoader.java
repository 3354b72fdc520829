package org.kehu.platform.core.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.kehu.platform.api.ActivityDraft;
import org.kehu.platform.api.ActivityService;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ContactDraft;
import org.kehu.platform.api.ContactService;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerService;
import org.kehu.platform.api.HandoverRequest;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.RelationshipDraft;
import org.kehu.platform.api.RelationshipService;
import org.kehu.platform.api.StatusChangeRequest;
import org.kehu.platform.api.ledger.AllocationDraft;
import org.kehu.platform.api.ledger.ContractBreach;
import org.kehu.platform.api.ledger.ContractDraft;
import org.kehu.platform.api.ledger.ContractService;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.ContractStatusChange;
import org.kehu.platform.api.ledger.CreditService;
import org.kehu.platform.api.ledger.CreditUpdate;
import org.kehu.platform.api.ledger.InvoiceDraft;
import org.kehu.platform.api.ledger.ListDecision;
import org.kehu.platform.api.ledger.OrderDraft;
import org.kehu.platform.api.ledger.PaymentDraft;
import org.kehu.platform.api.ledger.Rebate;
import org.kehu.platform.api.ledger.RebateRun;
import org.kehu.platform.api.ledger.RebateService;
import org.kehu.platform.api.ledger.ReceivableService;
import org.kehu.platform.api.ledger.Shipment;
import org.kehu.platform.api.ledger.ShipmentDecision;
import org.kehu.platform.api.ledger.ShipmentRefusal;
import org.kehu.platform.api.ledger.ShipmentRequest;
import org.kehu.platform.api.ledger.ShipmentService;
import org.kehu.platform.api.ledger.TemporaryCreditDraft;
import org.kehu.platform.api.workflow.TransitionOption;
import org.kehu.platform.api.workflow.TransitionRequest;
import org.kehu.platform.api.workflow.WorkflowInstance;
import org.kehu.platform.api.workflow.WorkflowQuery;
import org.kehu.platform.api.workflow.WorkflowService;
import org.kehu.platform.api.workflow.WorkflowStart;
import org.kehu.platform.core.internal.entity.SettingEntity;
import org.kehu.platform.core.internal.service.CoreSettings;
import org.kehu.platform.core.internal.service.Store;
import org.kehu.platform.core.internal.workflow.ContractApprovalWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo customers and their ledger once, on the first start of an
 * empty database, through the same services clients use. It all happens in one
 * transaction with a marker row, so a failed or interrupted load leaves nothing
 * behind and is tried again on the next start.
 */
public class DemoDataLoader {

    public enum State { DISABLED, PENDING, LOADING, LOADED, SKIPPED, FAILED }

    static final String MARKER = "demo.data.loaded";
    static final int CUSTOMERS = 320;
    static final long SEED = 20261123L;
    /** Customers (and three times as many ledger steps) between two releases of the persistence context. */
    static final int BATCH = 20;

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Store store;
    private final CoreSettings settings;
    private final CustomerService customers;
    private final ContactService contacts;
    private final RelationshipService relationships;
    private final ActivityService activities;
    private final ContractService contracts;
    private final ShipmentService shipments;
    private final ReceivableService receivables;
    private final CreditService credit;
    private final RebateService rebates;
    private final WorkflowService workflows;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "kehu-demo-data"));
    private volatile State state = State.PENDING;

    public DemoDataLoader(Store store, CoreSettings settings, CustomerService customers, ContactService contacts,
            RelationshipService relationships, ActivityService activities, ContractService contracts,
            ShipmentService shipments, ReceivableService receivables, CreditService credit, RebateService rebates,
            WorkflowService workflows) {
        this.store = store;
        this.settings = settings;
        this.customers = customers;
        this.contacts = contacts;
        this.relationships = relationships;
        this.activities = activities;
        this.contracts = contracts;
        this.shipments = shipments;
        this.receivables = receivables;
        this.credit = credit;
        this.rebates = rebates;
        this.workflows = workflows;
    }

    public State state() {
        return state;
    }

    public void start() {
        if (!settings.demoData()) {
            state = State.DISABLED;
            return;
        }
        executor.execute(this::loadOnce);
    }

    public void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    void loadOnce() {
        try {
            state = State.LOADING;
            state = store.write(em -> {
                SettingEntity marker = em.find(SettingEntity.class, MARKER);
                if (marker != null) {
                    return marker.getValue().startsWith("skipped") ? State.SKIPPED : State.LOADED;
                }
                long existing = em.createQuery("SELECT COUNT(c) FROM CustomerEntity c", Long.class).getSingleResult();
                if (existing > 0) {
                    // a database with real customers gets no demo data
                    em.persist(new SettingEntity(MARKER, "skipped: database had customers"));
                    return State.SKIPPED;
                }
                long started = System.nanoTime();
                LocalDate today = LocalDate.now();
                List<DemoDataSet.DemoCustomer> data = DemoDataSet.generate(SEED, CUSTOMERS, today);
                List<Customer> created = load(data, em);
                LOG.info("Created {} demo customers in {} ms", created.size(), (System.nanoTime() - started) / 1_000_000);
                started = System.nanoTime();
                String ledger = loadLedger(DemoLedger.generate(SEED, data, today), created, em);
                LOG.info("Loaded the demo ledger in {} ms: {}", (System.nanoTime() - started) / 1_000_000, ledger);
                if (!ledger.equals("left out")) {
                    LOG.info("Demo workflows: {}", new DemoWorkflows(customers, contracts, credit, workflows)
                            .load(created, today));
                }
                em.persist(new SettingEntity(MARKER, Instant.now().toString()));
                return State.LOADED;
            });
        } catch (RuntimeException e) {
            state = State.FAILED;
            LOG.error("Loading the demo data failed; it will be tried again on the next start", e);
        }
    }

    private List<Customer> load(List<DemoDataSet.DemoCustomer> data, EntityManager em) {
        Actor actor = Actor.SYSTEM;
        List<Customer> created = new ArrayList<>();
        for (DemoDataSet.DemoCustomer demo : data) {
            if (created.size() % BATCH == BATCH - 1) {
                release(em);
            }
            Customer customer = customers.create(actor, demo.draft());
            created.add(customer);
            for (ContactDraft contact : demo.contacts()) {
                contacts.add(actor, customer.id(), contact);
            }
            relationships.setRoles(actor, customer.id(), demo.roles());
            for (ActivityDraft activity : demo.activities()) {
                activities.add(actor, customer.id(), activity);
            }
            for (DemoDataSet.DemoRelation relation : demo.relations()) {
                relationships.relate(actor, customer.id(), new RelationshipDraft(relation.type(),
                        created.get(relation.toIndex()).id(), relation.since(), relation.note()));
            }
            for (StatusChangeRequest step : demo.transitions()) {
                if (step.status() == LifecycleStatus.FROZEN) {
                    long freeze = workflows.start(DemoWorkflows.MANAGER, new WorkflowStart("freeze", customer.id(), null,
                            Map.of("reason", step.reason()), null)).id();
                    workflows.transition(DemoWorkflows.MANAGER, freeze, "freeze", new TransitionRequest(null, null));
                    continue;
                }
                long version = customers.get(actor, customer.id()).version();
                customers.changeStatus(actor, customer.id(),
                        new StatusChangeRequest(step.status(), step.reason(), step.churnReason(), version));
            }
            if (demo.winBack() != null) {
                customers.decideWinBack(actor, customer.id(), demo.winBack());
            }
            for (HandoverRequest handover : demo.handovers()) {
                customers.handOver(actor, customer.id(), handover);
            }
        }
        return created;
    }

    /**
     * Plays the ledger steps through the ledger services. What the plan expects of the shipment gate is checked, not
     * enforced: a shipment the gate decides otherwise is logged, and records that would rest on a refused shipment
     * are left out, so that settings differing from the defaults do not fail the load.
     *
     * @return what was loaded, for the log
     */
    private String loadLedger(DemoLedger.Plan plan, List<Customer> created, EntityManager em) {
        Actor actor = Actor.SYSTEM;
        if (created.isEmpty()) {
            return "no customers";
        }
        String currency = credit.profile(actor, created.get(0).id()).annualLimit().currency();
        if (!Money.DEFAULT_CURRENCY.equals(currency)) {
            LOG.warn("The ledger is kept in {}; the demo ledger is in {} and is left out", currency, Money.DEFAULT_CURRENCY);
            return "left out";
        }
        List<Long> contractIds = new ArrayList<>();
        List<Long> orderIds = new ArrayList<>();
        List<Shipment> shipped = new ArrayList<>();
        List<Long> invoiceIds = new ArrayList<>();
        Map<String, RebateRun> runs = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int done = 0;
        for (DemoLedger.Step step : plan.steps()) {
            if (++done % (BATCH * 3) == 0) {
                release(em);
            }
            counts.merge(step.getClass().getSimpleName().replace("Step", ""), 1, Integer::sum);
            if (step instanceof DemoLedger.RoleStep s) {
                relationships.assignRole(actor, id(created, s.customer()), s.role());
            } else if (step instanceof DemoLedger.CreditStep s) {
                long customer = id(created, s.customer());
                credit.update(actor, customer, new CreditUpdate(s.rating(), s.annualLimit(), s.validFrom(), s.validTo(),
                        s.paymentTermDays(), s.reason(), credit.profile(actor, customer).version()));
            } else if (step instanceof DemoLedger.TemporaryStep s) {
                credit.grantTemporary(actor, id(created, s.customer()),
                        new TemporaryCreditDraft(s.amount(), s.validFrom(), s.expiresOn(), s.reason()));
            } else if (step instanceof DemoLedger.ListStep s) {
                credit.putOnList(actor, new ListDecision(id(created, s.customer()), s.list(), s.reason(), s.since()));
            } else if (step instanceof DemoLedger.ContractStep s) {
                long contract = contracts.createContract(actor, new ContractDraft(id(created, s.customer()), s.number(),
                        s.title(), s.amount(), s.quantity(), s.unit(), s.startDate(), s.endDate(), s.paymentTermDays(),
                        s.paymentMode(), ContractStatus.DRAFT)).id();
                contractIds.add(contract);
                if (s.status() == ContractStatus.ACTIVE) {
                    approve(contract);
                    contracts.changeStatus(actor, contract, new ContractStatusChange(ContractStatus.ACTIVE, "signed",
                            contracts.getContract(actor, contract).version()));
                }
            } else if (step instanceof DemoLedger.BreachStep s) {
                contracts.recordBreach(actor, contractIds.get(s.contract()), new ContractBreach(s.date(), s.reason()));
            } else if (step instanceof DemoLedger.CloseStep s) {
                long id = contractIds.get(s.contract());
                contracts.changeStatus(actor, id, new ContractStatusChange(s.status(), s.reason(),
                        contracts.getContract(actor, id).version()));
            } else if (step instanceof DemoLedger.OrderStep s) {
                orderIds.add(contracts.createOrder(actor, new OrderDraft(id(created, s.customer()), contractIds.get(s.contract()),
                        s.number(), s.orderDate(), s.quantity(), s.amount())).id());
            } else if (step instanceof DemoLedger.CancelStep s) {
                contracts.cancelOrder(actor, orderIds.get(s.order()));
            } else if (step instanceof DemoLedger.ShipStep s) {
                Shipment shipment = shipments.request(actor, new ShipmentRequest(id(created, s.customer()),
                        s.contract() == null ? null : contractIds.get(s.contract()), s.order() == null ? null : orderIds.get(s.order()),
                        s.number(), null, s.quantity(), s.amount(), s.cost(), s.paidInAdvance()));
                if (shipment.decision() != s.expected()) {
                    LOG.warn("Demo shipment {} was {} by the gate, the demo expected it {}: {}", s.number(), shipment.decision(),
                            s.expected(), shipment.refusals().stream().map(ShipmentRefusal::message).toList());
                }
                shipped.add(shipment);
            } else if (step instanceof DemoLedger.InvoiceStep s) {
                Shipment shipment = s.shipment() == null ? null : shipped.get(s.shipment());
                if (shipment != null && shipment.decision() != ShipmentDecision.ALLOWED) {
                    invoiceIds.add(null);
                    continue;
                }
                invoiceIds.add(receivables.recordInvoice(actor, new InvoiceDraft(s.number(), id(created, s.customer()),
                        s.contract() == null ? null : contractIds.get(s.contract()), shipment == null ? null : shipment.id(),
                        s.issueDate(), null, s.amount(), s.cost())).id());
            } else if (step instanceof DemoLedger.PaymentStep s) {
                if (s.allocations().stream().anyMatch(p -> invoiceIds.get(p.invoice()) == null)) {
                    continue;
                }
                receivables.recordPayment(actor, new PaymentDraft(s.number(), id(created, s.customer()), s.receivedDate(), s.amount(),
                        s.allocations().stream().map(p -> new AllocationDraft(invoiceIds.get(p.invoice()), p.amount())).toList()));
            } else if (step instanceof DemoLedger.RebateStep s) {
                runs.put(s.period(), rebates.calculate(actor, s.period()));
            } else if (step instanceof DemoLedger.SettleStep s) {
                settle(actor, runs.get(s.period()), id(created, s.customer()), invoiceIds.get(s.invoice()));
            } else {
                throw new IllegalStateException("Unknown demo ledger step " + step);
            }
        }
        long refused = shipped.stream().filter(s -> s.decision() == ShipmentDecision.REFUSED).count();
        return counts + ", " + refused + " shipments refused; " + cases(plan, created);
    }

    /** The demo users who review and decide contracts, in the order the approval meets them. */
    static final List<Actor> APPROVERS = List.of(
            new Actor("safety1", Set.of("production-safety"), null),
            new Actor("audit1", Set.of("finance-audit"), null),
            new Actor("risk1", Set.of("risk"), null),
            new Actor("gm", Set.of("general-manager"), null),
            new Actor("office", Set.of("gm-office"), null),
            new Actor("group", Set.of("group"), null));
    private static final Set<String> FORWARD = Set.of("pass", "approve", "refer-group");

    /** Takes a contract through its approval as the demo approvers would. */
    private void approve(long contract) {
        long instance = workflows.instances(Actor.SYSTEM, new WorkflowQuery(ContractApprovalWorkflow.ID, "contract",
                contract, null, null, true), 0, 1).items().get(0).id();
        for (int step = 0; step < 8; step++) {
            boolean moved = false;
            for (Actor approver : APPROVERS) {
                WorkflowInstance i = workflows.instance(approver, instance);
                if (!i.open()) {
                    return;
                }
                for (TransitionOption o : i.transitions()) {
                    if (FORWARD.contains(o.name())) {
                        workflows.transition(approver, instance, o.name(), new TransitionRequest("同意", null));
                        moved = true;
                        break;
                    }
                }
                if (moved) {
                    break;
                }
            }
            if (!moved) {
                throw new IllegalStateException("No demo approver can move contract approval " + instance);
            }
        }
        throw new IllegalStateException("Contract approval " + instance + " did not end");
    }

    /** Settles a dealer's rebate on the invoice, when the rebate was granted and fits what is open. */
    private void settle(Actor actor, RebateRun run, long dealer, Long invoice) {
        Rebate rebate = run == null || invoice == null ? null
                : run.rebates().stream().filter(r -> r.customerId() == dealer).findFirst().orElse(null);
        if (rebate != null && receivables.getInvoice(actor, invoice).openAmount().amount().compareTo(rebate.amount().amount()) >= 0) {
            rebates.settle(actor, rebate.id(), invoice);
        }
    }

    /** The customers carrying the special cases, by number, for whoever presents the demo. */
    private static String cases(DemoLedger.Plan plan, List<Customer> created) {
        StringBuilder b = new StringBuilder();
        plan.cases().forEach((name, indexes) -> {
            if (!indexes.isEmpty() && indexes.size() <= 6) {
                b.append(b.length() == 0 ? "" : ", ").append(name).append(' ')
                        .append(indexes.stream().map(i -> created.get(i).number()).toList());
            }
        });
        return b.toString();
    }

    /**
     * Writes what the load did so far and lets go of it: the load is one transaction, and every service call (each
     * query flushes first) slows down with the thousands of records the persistence context would otherwise hold.
     * The services look every record up again, so nothing refers to what is released.
     */
    private static void release(EntityManager em) {
        em.flush();
        em.clear();
    }

    private static long id(List<Customer> created, int index) {
        return created.get(index).id();
    }
}
