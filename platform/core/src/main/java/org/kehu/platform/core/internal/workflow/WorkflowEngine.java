package org.kehu.platform.core.internal.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.ForbiddenException;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.api.spi.WorkflowDefinition;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowSubject;
import org.kehu.platform.api.spi.WorkflowTransition;
import org.kehu.platform.api.workflow.StepKind;
import org.kehu.platform.api.workflow.TransitionRequest;
import org.kehu.platform.api.workflow.WorkflowInstance;
import org.kehu.platform.api.workflow.WorkflowQuery;
import org.kehu.platform.api.workflow.WorkflowService;
import org.kehu.platform.api.workflow.WorkflowStart;
import org.kehu.platform.api.workflow.WorkflowStep;
import org.kehu.platform.api.workflow.WorkflowTopics;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.entity.WorkflowCandidateEntity;
import org.kehu.platform.core.internal.entity.WorkflowInstanceEntity;
import org.kehu.platform.core.internal.entity.WorkflowStepEntity;
import org.kehu.platform.core.internal.ledger.Ledger;
import org.kehu.platform.core.internal.rules.Texts;
import org.kehu.platform.core.internal.rules.Violations;
import org.kehu.platform.core.internal.service.ExtensionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow engine: instances of the installed definitions (the core's own are always there), each change in
 * one transaction with its history step, the definition's effects and the task rows of the roles that may act.
 * Overdue instances are escalated by a periodic scan.
 */
public class WorkflowEngine implements WorkflowService {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowEngine.class);
    /** The row locked when an instance without a customer starts, so that one subject has one open instance. */
    static final String START_LOCK = "workflow.start.lock";
    private static final int ESCALATION_BATCH = 200;

    private final Ledger ledger;
    private final ExtensionRegistry registry;
    private final Map<String, WorkflowDefinition> core = new LinkedHashMap<>();
    private final WorkflowSettings settings;

    public WorkflowEngine(Ledger ledger, ExtensionRegistry registry, List<WorkflowDefinition> coreDefinitions,
            WorkflowSettings settings) {
        this.ledger = ledger;
        this.registry = registry;
        this.settings = settings;
        for (WorkflowDefinition d : coreDefinitions) {
            List<String> problems = WorkflowRules.problems(d);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Workflow " + d.id() + " is unsound: " + problems);
            }
            core.put(d.id(), d);
        }
    }

    /** A definition by id: the core's own ids are reserved, so a plugin cannot replace them; else an installed one. */
    public Optional<WorkflowDefinition> definition(String id) {
        WorkflowDefinition own = core.get(id);
        return own != null ? Optional.of(own) : registry.workflow(id);
    }

    @Override
    public WorkflowInstance start(Actor actor, WorkflowStart start) {
        Violations v = new Violations();
        if (start == null) {
            v.add("body", "is required").throwIfAny();
        }
        v.requireText("definition", start.definition(), 64);
        v.require("subjectId", start.subjectId());
        v.maxLength("comment", start.comment(), 2000);
        BigDecimal amount = ledger.amount(v, "amount", start.amount(), false, false);
        WorkflowRecords.checkData(v, start.data());
        v.throwIfAny();
        WorkflowDefinition definition = definition(start.definition())
                .orElseThrow(() -> ValidationException.of("definition", "is not an installed workflow"));
        return ledger.write((em, events) -> {
            Long customerId = "customer".equals(definition.subjectType()) ? start.subjectId() : null;
            if (customerId != null) {
                CustomerEntity known = em.find(CustomerEntity.class, customerId);
                if (known == null || known.getDeletedAt() != null) {
                    throw ValidationException.of("subjectId", "is not a known customer");
                }
            }
            WorkflowSubject subject = definition.prepare(new WorkflowSubject(definition.subjectType(),
                    start.subjectId(), customerId, amount, new HashMap<String, Object>(start.data())));
            return begin(em, events, actor, definition, subject, Texts.clean(start.comment()));
        });
    }

    /**
     * Starts an instance inside the caller's transaction, for a subject the caller already checked (e.g. a contract
     * just recorded).
     */
    public WorkflowInstance start(EntityManager em, List<KehuEvent> events, Actor actor, String definitionId,
            WorkflowSubject subject, String comment) {
        WorkflowDefinition definition = definition(definitionId)
                .orElseThrow(() -> new IllegalStateException("The workflow " + definitionId + " is not installed"));
        return begin(em, events, actor, definition, subject, comment);
    }

    private WorkflowInstance begin(EntityManager em, List<KehuEvent> events, Actor actor, WorkflowDefinition definition,
            WorkflowSubject subject, String comment) {
        if (subject.customerId() != null) {
            Ledger.lockCustomer(em, subject.customerId());
        } else {
            Ledger.lock(em, START_LOCK);
        }
        List<Long> open = em.createQuery("SELECT e.id FROM WorkflowInstanceEntity e WHERE e.definitionId = :d"
                + " AND e.subjectType = :t AND e.subjectId = :s AND e.open = TRUE", Long.class)
                .setParameter("d", definition.id()).setParameter("t", subject.type())
                .setParameter("s", subject.id()).getResultList();
        if (!open.isEmpty()) {
            throw new ConflictException("The " + subject.type() + " " + subject.id() + " is already in workflow "
                    + definition.id() + " (instance " + open.get(0) + ")");
        }
        Instant now = ledger.clock().instant();
        WorkflowState initial = WorkflowRules.state(definition, definition.initialState()).orElseThrow();
        WorkflowInstanceEntity e = new WorkflowInstanceEntity();
        e.setDefinitionId(definition.id());
        e.setDefinitionVersion(definition.version());
        e.setSubjectType(subject.type());
        e.setSubjectId(subject.id());
        e.setCustomerId(subject.customerId());
        e.setAmount(subject.amount() == null ? null : subject.amount().setScale(2, java.math.RoundingMode.HALF_UP));
        e.setData(WorkflowRules.encode(WorkflowRecords.strings(subject.data())));
        e.setStartedAt(now);
        e.setStartedBy(actor.user());
        enter(e, definition, subject, initial, now);
        em.persist(e);
        em.flush();
        step(em, e, StepKind.STARTED, null, null, initial.id(), actor, comment, now);
        candidates(em, e, definition);
        definition.entered(subject, initial.id(), null, actor);
        events.add(WorkflowRecords.event(ledger, WorkflowTopics.STARTED, e, Map.of("actor", actor.user())));
        return WorkflowRecords.record(ledger, e, definition, actor);
    }

    private void enter(WorkflowInstanceEntity e, WorkflowDefinition definition, WorkflowSubject subject,
            WorkflowState state, Instant now) {
        e.setState(state.id());
        e.setStateSince(now);
        e.setOpen(!state.terminal());
        e.setEndedAt(state.terminal() ? now : null);
        e.setEscalatedAt(null);
        e.setEscalatedTo(null);
        Duration due = state.terminal() ? null : definition.dueWithin(subject, state);
        e.setDueAt(due == null ? null : now.plus(due));
    }

    @Override
    public WorkflowInstance instance(Actor actor, long id) {
        return ledger.read(em -> {
            WorkflowInstanceEntity e = find(em, id);
            return WorkflowRecords.record(ledger, e, definition(e.getDefinitionId()).orElse(null), actor);
        });
    }

    @Override
    public Page<WorkflowInstance> instances(Actor actor, WorkflowQuery q, int page, int size) {
        WorkflowQuery query = q == null ? new WorkflowQuery(null, null, null, null, null, null) : q;
        int pageSize = ledger.pageSize(page, size);
        return ledger.read(em -> Ledger.map(ledger.page(em, WorkflowInstanceEntity.class, new Ledger.Filter()
                .eq("definitionId", Texts.clean(query.definition())).eq("subjectType", Texts.clean(query.subjectType()))
                .eq("subjectId", query.subjectId()).eq("customerId", query.customerId())
                .eq("state", Texts.clean(query.state())).eq("open", query.open()), "e.id DESC", page, pageSize),
                e -> WorkflowRecords.record(ledger, e, definition(e.getDefinitionId()).orElse(null), actor)));
    }

    @Override
    public List<WorkflowStep> history(Actor actor, long id) {
        return ledger.read(em -> {
            find(em, id);
            return em.createQuery("SELECT s FROM WorkflowStepEntity s WHERE s.instanceId = :i ORDER BY s.id",
                    WorkflowStepEntity.class).setParameter("i", id).getResultList().stream()
                    .map(s -> new WorkflowStep(s.getId(), s.getInstanceId(), s.getKind(), s.getTransition(),
                            s.getFromState(), s.getToState(), s.getActor(), s.getComment(), s.getAt()))
                    .toList();
        });
    }

    @Override
    public Page<WorkflowInstance> tasks(Actor actor, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        if (actor.roles().isEmpty()) {
            return new Page<>(List.of(), page, pageSize, 0);
        }
        // instances of a definition not installed now cannot move: they are nobody's task until it is back
        Set<String> installed = new java.util.TreeSet<>(core.keySet());
        installed.addAll(registry.workflowIds());
        return ledger.read(em -> {
            String from = " FROM WorkflowInstanceEntity e WHERE e.open = TRUE AND e.definitionId IN :installed"
                    + " AND EXISTS (SELECT c.id FROM WorkflowCandidateEntity c WHERE c.instanceId = e.id"
                    + " AND c.role IN :roles)";
            long total = em.createQuery("SELECT COUNT(e)" + from, Long.class).setParameter("installed", installed)
                    .setParameter("roles", actor.roles()).getSingleResult();
            List<WorkflowInstanceEntity> rows = em.createQuery("SELECT e" + from + " ORDER BY e.dueAt, e.id",
                    WorkflowInstanceEntity.class).setParameter("installed", installed)
                    .setParameter("roles", actor.roles())
                    .setFirstResult(page * pageSize).setMaxResults(pageSize).getResultList();
            List<WorkflowInstance> items = new ArrayList<>();
            for (WorkflowInstanceEntity e : rows) {
                items.add(WorkflowRecords.record(ledger, e, definition(e.getDefinitionId()).orElse(null), actor));
            }
            return new Page<>(items, page, pageSize, total);
        });
    }

    @Override
    public WorkflowInstance transition(Actor actor, long id, String name, TransitionRequest request) {
        String comment = request == null ? null : Texts.clean(request.comment());
        Long version = request == null ? null : request.version();
        Violations v = new Violations();
        v.requireText("transition", name, 64);
        v.maxLength("comment", comment, 2000);
        v.throwIfAny();
        return ledger.write((em, events) -> {
            WorkflowInstanceEntity e = em.find(WorkflowInstanceEntity.class, id);
            if (e == null) {
                throw new NotFoundException("No workflow instance with id " + id);
            }
            // the customer first, as every ledger write and every start does: one lock order, no deadlock, and the
            // guards see the customer's records as they stay until the commit
            if (e.getCustomerId() != null && em.find(CustomerEntity.class, e.getCustomerId()) != null) {
                Ledger.lockCustomer(em, e.getCustomerId());
            }
            em.refresh(e, LockModeType.PESSIMISTIC_WRITE);
            if (version != null && version != e.getVersion()) {
                throw new ConflictException("The instance was changed since version " + version + " (now "
                        + e.getVersion() + "); reload it and try again");
            }
            if (!e.isOpen()) {
                throw new ConflictException("The instance ended in state " + e.getState() + " on " + e.getEndedAt());
            }
            WorkflowDefinition definition = definition(e.getDefinitionId()).orElseThrow(() -> new ConflictException(
                    "The workflow " + e.getDefinitionId() + " is not installed now; its instances wait until it is"));
            if (WorkflowRules.state(definition, e.getState()).isEmpty()) {
                throw new ConflictException("The workflow " + definition.id() + " (version " + definition.version()
                        + ") has no state " + e.getState() + " any more; this instance of version "
                        + e.getDefinitionVersion() + " cannot move");
            }
            WorkflowTransition t = choose(definition, e, name, actor);
            if (t.commentRequired() && comment == null) {
                throw ValidationException.of("comment", "is required for " + name);
            }
            WorkflowSubject subject = WorkflowRecords.subject(e);
            List<String> reasons = definition.guard(subject, t);
            if (reasons != null && !reasons.isEmpty()) {
                throw new ConflictException("Transition " + name + " refused: " + String.join("; ", reasons));
            }
            WorkflowState to = WorkflowRules.state(definition, t.to()).orElseThrow(
                    () -> new IllegalStateException("Workflow " + definition.id() + " has no state " + t.to()));
            Instant now = ledger.clock().instant();
            String from = e.getState();
            enter(e, definition, subject, to, now);
            em.flush();
            step(em, e, StepKind.TRANSITION, t.name(), from, to.id(), actor, comment, now);
            candidates(em, e, definition);
            definition.entered(subject, to.id(), t, actor);
            Map<String, Object> extra = Map.of("transition", t.name(), "from", from, "actor", actor.user());
            events.add(WorkflowRecords.event(ledger, WorkflowTopics.TRANSITIONED, e, extra));
            if (to.terminal()) {
                events.add(WorkflowRecords.event(ledger, WorkflowTopics.ENDED, e, extra));
            }
            return WorkflowRecords.record(ledger, e, definition, actor);
        });
    }

    /** The transition named {@code name} from the current state that fits the amount and the caller. */
    private static WorkflowTransition choose(WorkflowDefinition definition, WorkflowInstanceEntity e, String name,
            Actor actor) {
        List<WorkflowTransition> named = WorkflowRules.from(definition, e.getState()).stream()
                .filter(t -> t.name().equals(name)).toList();
        if (named.isEmpty()) {
            List<String> available = WorkflowRules.from(definition, e.getState()).stream()
                    .map(WorkflowTransition::name).distinct().toList();
            throw new NotFoundException("No transition " + name + " from state " + e.getState() + " of workflow "
                    + definition.id() + "; from there: " + available);
        }
        List<WorkflowTransition> fitting = named.stream().filter(t -> WorkflowRules.fits(t, e.getAmount())).toList();
        if (fitting.isEmpty()) {
            StringBuilder bounds = new StringBuilder();
            for (WorkflowTransition t : named) {
                bounds.append(bounds.length() == 0 ? "" : ", ").append('(')
                        .append(t.amountAbove() == null ? "0" : t.amountAbove().toPlainString()).append(", ")
                        .append(t.amountUpTo() == null ? "∞" : t.amountUpTo().toPlainString()).append(']');
            }
            throw new ConflictException("Transition " + name + " is for amounts in " + bounds + "; this "
                    + e.getSubjectType() + " is for " + (e.getAmount() == null ? "no amount" : e.getAmount().toPlainString())
                    + ". The transitions from " + e.getState() + " that fit: " + WorkflowRules.from(definition,
                            e.getState()).stream().filter(t -> WorkflowRules.fits(t, e.getAmount()))
                            .map(WorkflowTransition::name).distinct().toList());
        }
        for (WorkflowTransition t : fitting) {
            if (WorkflowRules.mayTake(actor, t, e.getEscalatedTo(), e.getStartedBy())) {
                return t;
            }
        }
        Set<String> roles = new java.util.TreeSet<>();
        fitting.forEach(t -> roles.addAll(t.roles()));
        if (roles.remove(WorkflowTransition.STARTER)) {
            roles.add("the starter " + e.getStartedBy());
        }
        if (e.getEscalatedTo() != null) {
            roles.add(e.getEscalatedTo());
        }
        throw new ForbiddenException("Transition " + name + " of workflow " + definition.id()
                + " needs one of the roles " + roles + "; " + actor.user() + " holds " + new java.util.TreeSet<>(actor.roles()));
    }

    @Override
    public WorkflowStep comment(Actor actor, long id, String text) {
        String comment = Texts.clean(text);
        Violations v = new Violations();
        v.requireText("text", comment, 2000);
        v.throwIfAny();
        return ledger.write((em, events) -> {
            WorkflowInstanceEntity e = find(em, id);
            if (!e.isOpen()) {
                throw new ConflictException("The instance ended in state " + e.getState() + "; it takes no more comments");
            }
            WorkflowStepEntity s = step(em, e, StepKind.COMMENT, null, null, null, actor, comment, ledger.clock().instant());
            return new WorkflowStep(s.getId(), id, s.getKind(), null, null, null, s.getActor(), s.getComment(), s.getAt());
        });
    }

    @Override
    public int escalateOverdue() {
        Instant now = ledger.clock().instant();
        List<Long> due = ledger.read(em -> em.createQuery("SELECT e.id FROM WorkflowInstanceEntity e"
                + " WHERE e.open = TRUE AND e.dueAt < :now AND e.escalatedAt IS NULL ORDER BY e.dueAt", Long.class)
                .setParameter("now", java.sql.Timestamp.from(now)).setMaxResults(ESCALATION_BATCH).getResultList());
        int escalated = 0;
        for (long id : due) {
            try {
                escalated += escalate(id, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Could not escalate workflow instance {}; the next scan tries again", id, e);
            }
        }
        return escalated;
    }

    /** Escalates one overdue instance in its own transaction; an instance whose definition is not installed waits. */
    private boolean escalate(long id, Instant now) {
        return ledger.write((em, events) -> {
            WorkflowInstanceEntity e = em.find(WorkflowInstanceEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (e == null || !e.isOpen() || e.getEscalatedAt() != null || e.getDueAt() == null
                    || !e.getDueAt().isBefore(now)) {
                return false;
            }
            Optional<WorkflowDefinition> definition = definition(e.getDefinitionId());
            if (definition.isEmpty()) {
                return false;
            }
            String role = WorkflowRules.state(definition.get(), e.getState()).map(WorkflowState::escalateTo).orElse(null);
            e.setEscalatedAt(now);
            e.setEscalatedTo(role);
            em.flush();
            step(em, e, StepKind.ESCALATED, null, e.getState(), null, Actor.SYSTEM,
                    role == null ? "overdue since " + e.getDueAt() : "overdue since " + e.getDueAt()
                            + "; escalated to " + role, now);
            candidates(em, e, definition.get());
            Map<String, Object> extra = new HashMap<>();
            if (role != null) {
                extra.put("escalatedTo", role);
            }
            events.add(WorkflowRecords.event(ledger, WorkflowTopics.ESCALATED, e, extra));
            return true;
        });
    }

    /**
     * Ends the open instance of a definition for a subject in a terminal state, inside the caller's transaction: e.g.
     * the approval of a contract that was cancelled. Does nothing when there is none.
     */
    public void end(EntityManager em, List<KehuEvent> events, String definitionId, String subjectType, long subjectId,
            String state, Actor actor, String comment) {
        WorkflowDefinition definition = definition(definitionId).orElse(null);
        if (definition == null) {
            return;
        }
        WorkflowState to = WorkflowRules.state(definition, state).filter(WorkflowState::terminal).orElseThrow(
                () -> new IllegalStateException("Workflow " + definitionId + " has no terminal state " + state));
        for (WorkflowInstanceEntity e : em.createQuery("SELECT e FROM WorkflowInstanceEntity e WHERE e.definitionId = :d"
                + " AND e.subjectType = :t AND e.subjectId = :s AND e.open = TRUE", WorkflowInstanceEntity.class)
                .setParameter("d", definitionId).setParameter("t", subjectType).setParameter("s", subjectId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            Instant now = ledger.clock().instant();
            String from = e.getState();
            enter(e, definition, WorkflowRecords.subject(e), to, now);
            em.flush();
            step(em, e, StepKind.TRANSITION, null, from, to.id(), actor, comment, now);
            candidates(em, e, definition);
            Map<String, Object> extra = Map.of("from", from, "actor", actor.user());
            events.add(WorkflowRecords.event(ledger, WorkflowTopics.TRANSITIONED, e, extra));
            events.add(WorkflowRecords.event(ledger, WorkflowTopics.ENDED, e, extra));
        }
    }

    private static WorkflowInstanceEntity find(EntityManager em, long id) {
        WorkflowInstanceEntity e = em.find(WorkflowInstanceEntity.class, id);
        if (e == null) {
            throw new NotFoundException("No workflow instance with id " + id);
        }
        return e;
    }

    private static WorkflowStepEntity step(EntityManager em, WorkflowInstanceEntity e, StepKind kind, String transition,
            String from, String to, Actor actor, String comment, Instant at) {
        WorkflowStepEntity s = new WorkflowStepEntity();
        s.setInstanceId(e.getId());
        s.setKind(kind);
        s.setTransition(transition);
        s.setFromState(from);
        s.setToState(to);
        s.setActor(actor.user());
        s.setComment(comment);
        s.setAt(at);
        em.persist(s);
        return s;
    }

    /** Rewrites the task rows of an instance: the roles that may act in its current state. */
    private static void candidates(EntityManager em, WorkflowInstanceEntity e, WorkflowDefinition definition) {
        em.createQuery("DELETE FROM WorkflowCandidateEntity c WHERE c.instanceId = :i").setParameter("i", e.getId())
                .executeUpdate();
        if (e.isOpen()) {
            for (String role : WorkflowRules.candidates(definition, e.getState(), e.getAmount(), e.getEscalatedTo())) {
                em.persist(new WorkflowCandidateEntity(e.getId(), role));
            }
        }
    }

    /** Whether the subject has an instance of the definition in the given state (e.g. an approved contract). */
    public static boolean reached(EntityManager em, String definitionId, String subjectType, long subjectId,
            Collection<String> states) {
        return em.createQuery("SELECT COUNT(e) FROM WorkflowInstanceEntity e WHERE e.definitionId = :d"
                + " AND e.subjectType = :t AND e.subjectId = :s AND e.state IN :states", Long.class)
                .setParameter("d", definitionId).setParameter("t", subjectType).setParameter("s", subjectId)
                .setParameter("states", states).getSingleResult() > 0;
    }
}
