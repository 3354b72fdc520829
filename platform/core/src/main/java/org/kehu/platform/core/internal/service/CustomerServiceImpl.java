package org.kehu.platform.core.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerDraft;
import org.kehu.platform.api.CustomerQuery;
import org.kehu.platform.api.CustomerService;
import org.kehu.platform.api.FinancialSummary;
import org.kehu.platform.api.HandoverRequest;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.OrganizationProfile;
import org.kehu.platform.api.OwnerHandover;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.PersonProfile;
import org.kehu.platform.api.StatusChange;
import org.kehu.platform.api.StatusChangeRequest;
import org.kehu.platform.api.WinBackOutcome;
import org.kehu.platform.api.WinBackRequest;
import org.kehu.platform.api.spi.AttributeDefinition;
import org.kehu.platform.api.spi.ExtensionCatalog;
import org.kehu.platform.api.spi.Grade;
import org.kehu.platform.api.spi.IndustryCatalog;
import org.kehu.platform.api.spi.IndustryModule;
import org.kehu.platform.core.internal.entity.CustomerAttributeEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.entity.OwnerHandoverEntity;
import org.kehu.platform.core.internal.entity.StatusChangeEntity;
import org.kehu.platform.core.internal.rules.AnniversaryCalendar;
import org.kehu.platform.core.internal.rules.AttributeRules;
import org.kehu.platform.core.internal.rules.CustomerNumbers;
import org.kehu.platform.core.internal.rules.CustomerRules;
import org.kehu.platform.core.internal.rules.GradeFilter;
import org.kehu.platform.core.internal.rules.LifecycleRules;
import org.kehu.platform.core.internal.rules.Texts;
import org.kehu.platform.core.internal.rules.Violations;

public class CustomerServiceImpl implements CustomerService {

    static final String CUSTOMER_SEQUENCE = "customer.number";
    private static final Map<String, String> SORTABLE = Map.of(
            "number", "number", "name", "nameKey", "createdAt", "createdAt", "updatedAt", "updatedAt",
            "status", "status", "industry", "industry", "region", "region", "owner", "owner");

    private final Store store;
    private final CoreSettings settings;
    private final IndustryCatalog industries;
    private final Clock clock;
    private final ExtensionCatalog extensions;

    public CustomerServiceImpl(Store store, CoreSettings settings, IndustryCatalog industries, ExtensionCatalog extensions) {
        this(store, settings, industries, extensions, Clock.systemDefaultZone());
    }

    CustomerServiceImpl(Store store, CoreSettings settings, IndustryCatalog industries, ExtensionCatalog extensions,
            Clock clock) {
        this.store = store;
        this.settings = settings;
        this.industries = industries;
        this.extensions = extensions;
        this.clock = clock;
    }

    @Override
    public Customer create(Actor actor, CustomerDraft draft) {
        Violations v = new Violations();
        CustomerRules.Checked checked = check(draft, v);
        if (draft != null) {
            CustomerRules.checkInitialStatus(draft.status(), v);
        }
        v.throwIfAny();
        CustomerDraft d = checked.draft();
        return store.write(em -> {
            rejectDuplicateCreditCode(em, d, null);
            Instant now = clock.instant();
            CustomerEntity e = new CustomerEntity();
            e.setNumber(CustomerNumbers.format(settings.numberPrefix(), Store.nextValue(em, CUSTOMER_SEQUENCE)));
            e.setType(d.type());
            e.setOwner(d.owner() == null ? actor.user() : d.owner());
            e.setStatus(d.status() == null ? LifecycleStatus.PROSPECT : d.status());
            e.setCreatedAt(now);
            e.setCreatedBy(actor.user());
            apply(e, d, actor, now);
            em.persist(e);
            writeAttributes(em, e, checked.attributes(), false);
            em.persist(new StatusChangeEntity(e, null, e.getStatus(), actor.user(), now, "created"));
            em.persist(new OwnerHandoverEntity(e, null, e.getOwner(), actor.user(), now, "initial assignment"));
            em.flush();
            return CustomerMapper.toRecord(e, CustomerMapper.plain(checked.attributes()));
        });
    }

    /** {@code AND c.<field> = :<field>} when the value is given. */
    private static void condition(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" AND c.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    @Override
    public Customer get(Actor actor, long id) {
        return store.read(em -> CustomerMapper.toRecord(em, find(em, id)));
    }

    @Override
    public Customer getByNumber(Actor actor, String number) {
        String key = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return store.read(em -> {
            List<CustomerEntity> found = em.createQuery(
                    "SELECT c FROM CustomerEntity c WHERE c.number = :number AND c.deletedAt IS NULL", CustomerEntity.class)
                    .setParameter("number", key)
                    .getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException("No customer with number " + key);
            }
            return CustomerMapper.toRecord(em, found.get(0));
        });
    }

    @Override
    public Customer update(Actor actor, long id, CustomerDraft draft) {
        Violations v = new Violations();
        CustomerRules.Checked checked = check(draft, v);
        if (draft != null) {
            v.require("version", draft.version());
        }
        v.throwIfAny();
        CustomerDraft d = checked.draft();
        return store.write(em -> {
            CustomerEntity e = find(em, id);
            requireVersion(e.getVersion(), d.version());
            Violations state = new Violations();
            if (d.type() != e.getType()) {
                state.add("type", "cannot change from " + e.getType());
            }
            if (d.status() != null && d.status() != e.getStatus()) {
                state.add("status", "is changed through the status operation, not by an update");
            }
            if (d.owner() != null && !d.owner().equals(e.getOwner())) {
                state.add("owner", "is changed through a hand-over, not by an update");
            }
            state.throwIfAny();
            rejectDuplicateCreditCode(em, d, e.getId());
            apply(e, d, actor, clock.instant());
            writeAttributes(em, e, checked.attributes(), true);
            em.flush();
            return CustomerMapper.toRecord(e, CustomerMapper.plain(checked.attributes()));
        });
    }

    @Override
    public void delete(Actor actor, long id) {
        store.write(em -> {
            CustomerEntity e = find(em, id);
            Instant now = clock.instant();
            e.setDeletedAt(now);
            e.setDeletedBy(actor.user());
            e.setUpdatedAt(now);
            e.setUpdatedBy(actor.user());
            return null;
        });
    }

    @Override
    public Page<Customer> search(Actor actor, CustomerQuery query) {
        CustomerQuery q = query == null ? CustomerQuery.all(0, settings.defaultPageSize()) : query;
        int size = q.size() <= 0 ? settings.defaultPageSize() : q.size();
        Violations v = new Violations();
        if (q.page() < 0) {
            v.add("page", "must not be negative");
        }
        if (size > settings.maxPageSize()) {
            v.add("size", "must be at most " + settings.maxPageSize());
        }
        String order = order(q.sort(), v);
        String prefix = Texts.clean(q.q());
        v.maxLength("q", prefix, 200);
        Map<String, Set<String>> grades = GradeFilter.parse(q.grades(), id -> extensions.gradingPolicy(id)
                .map(p -> p.scale().stream().map(Grade::code).toList()), v);
        v.throwIfAny();

        StringBuilder where = new StringBuilder(" WHERE c.deletedAt IS NULL");
        Map<String, Object> params = new LinkedHashMap<>();
        if (prefix != null) {
            where.append(" AND (c.nameKey LIKE :q ESCAPE '!' OR c.number LIKE :q ESCAPE '!')");
            params.put("q", likePrefix(prefix.toUpperCase(Locale.ROOT)));
        }
        condition(where, params, "type", q.type());
        condition(where, params, "industry", Texts.clean(q.industry()));
        condition(where, params, "region", Texts.clean(q.region()));
        condition(where, params, "status", q.status());
        condition(where, params, "owner", Texts.clean(q.owner()));
        GradeFilter.where(grades, "c", where, params);
        return store.read(em -> {
            TypedQuery<CustomerEntity> select = em.createQuery(
                    "SELECT c FROM CustomerEntity c" + where + " ORDER BY " + order, CustomerEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CustomerEntity c" + where, Long.class);
            params.forEach(select::setParameter);
            params.forEach(count::setParameter);
            List<CustomerEntity> rows = select.setFirstResult(q.page() * size).setMaxResults(size).getResultList();
            long total = count.getSingleResult();
            Map<Long, Map<String, Object>> attributes = CustomerMapper.attributesOf(em,
                    rows.stream().map(CustomerEntity::getId).toList());
            List<Customer> items = rows.stream()
                    .map(e -> CustomerMapper.toRecord(e, attributes.getOrDefault(e.getId(), Map.of())))
                    .toList();
            return new Page<>(items, q.page(), size, total);
        });
    }

    @Override
    public Customer changeStatus(Actor actor, long id, StatusChangeRequest request) {
        return move(actor, id, request, false);
    }

    /** The lifecycle change of the freeze workflow: the one way to FROZEN. */
    public Customer freeze(Actor actor, long id, StatusChangeRequest request) {
        return move(actor, id, request, true);
    }

    private Customer move(Actor actor, long id, StatusChangeRequest request, boolean freezeDecided) {
        Violations v = new Violations();
        if (!v.require("status", request == null ? null : request.status())) {
            v.throwIfAny();
        }
        v.require("version", request.version());
        v.maxLength("reason", request.reason(), 500);
        v.maxLength("churnReason", request.churnReason(), 500);
        if (request.status() == LifecycleStatus.CHURNED && Texts.clean(request.churnReason()) == null) {
            v.add("churnReason", "is required when a customer churns");
        }
        v.throwIfAny();
        return store.write(em -> {
            CustomerEntity e = find(em, id);
            requireVersion(e.getVersion(), request.version());
            LifecycleStatus from = e.getStatus();
            if (!LifecycleRules.allowed(from, request.status())) {
                throw new ConflictException("A customer cannot move from " + from + " to " + request.status()
                        + "; allowed: " + LifecycleRules.next(from));
            }
            if (LifecycleRules.isWinBack(from, request.status()) && e.getWinBackOutcome() != WinBackOutcome.WIN_BACK) {
                throw new ConflictException("Reactivating a churned customer needs a decision to win it back");
            }
            if (request.status() == LifecycleStatus.FROZEN && !freezeDecided) {
                throw new ConflictException("A customer is frozen through the freeze workflow, which checks that"
                        + " nothing is open (POST /workflows/instances with definition freeze)");
            }
            Instant now = clock.instant();
            e.setStatus(request.status());
            if (request.status() == LifecycleStatus.CHURNED) {
                e.setChurnReason(Texts.clean(request.churnReason()));
                clearWinBack(e);
            }
            e.setUpdatedAt(now);
            e.setUpdatedBy(actor.user());
            String reason = Texts.clean(request.reason());
            if (reason == null && request.status() == LifecycleStatus.CHURNED) {
                reason = e.getChurnReason();
            }
            em.persist(new StatusChangeEntity(e, from, request.status(), actor.user(), now, reason));
            em.flush();
            return CustomerMapper.toRecord(em, e);
        });
    }

    @Override
    public List<StatusChange> statusHistory(Actor actor, long id) {
        return store.read(em -> {
            find(em, id);
            return em.createQuery("SELECT s FROM StatusChangeEntity s WHERE s.customer.id = :id ORDER BY s.id",
                    StatusChangeEntity.class).setParameter("id", id).getResultList().stream()
                    .map(s -> new StatusChange(s.getFromStatus(), s.getToStatus(), s.getChangedBy(), s.getAt(), s.getReason()))
                    .toList();
        });
    }

    @Override
    public Customer decideWinBack(Actor actor, long id, WinBackRequest request) {
        Violations v = new Violations();
        if (request == null) {
            v.add("body", "is required").throwIfAny();
        }
        v.require("outcome", request.outcome());
        v.money("estimatedCost", request.estimatedCost(), false);
        v.money("estimatedValue", request.estimatedValue(), false);
        v.requireText("reason", Texts.clean(request.reason()), 500);
        if (request.outcome() == WinBackOutcome.WIN_BACK
                && (request.estimatedCost() == null || request.estimatedValue() == null)) {
            v.add("estimatedValue", "winning a customer back needs the estimated cost and value");
        }
        if (request.estimatedCost() != null && request.estimatedValue() != null
                && !currency(request.estimatedCost()).equals(currency(request.estimatedValue()))) {
            v.add("estimatedValue.currency", "must be the currency of estimatedCost");
        }
        v.throwIfAny();
        return store.write(em -> {
            CustomerEntity e = find(em, id);
            if (e.getStatus() != LifecycleStatus.CHURNED) {
                throw new ConflictException("A win-back decision is taken only for churned customers; this one is " + e.getStatus());
            }
            e.setWinBackOutcome(request.outcome());
            e.setWinBackCost(request.estimatedCost() == null ? null : request.estimatedCost().amount());
            e.setWinBackValue(request.estimatedValue() == null ? null : request.estimatedValue().amount());
            e.setWinBackCurrency(request.estimatedCost() != null ? currency(request.estimatedCost())
                    : request.estimatedValue() != null ? currency(request.estimatedValue()) : null);
            e.setWinBackReason(Texts.clean(request.reason()));
            e.setWinBackBy(actor.user());
            Instant now = clock.instant();
            e.setWinBackAt(now);
            e.setUpdatedAt(now);
            e.setUpdatedBy(actor.user());
            em.flush();
            return CustomerMapper.toRecord(em, e);
        });
    }

    @Override
    public Customer handOver(Actor actor, long id, HandoverRequest request) {
        Violations v = new Violations();
        String newOwner = request == null ? null : Texts.clean(request.newOwner());
        String reason = request == null ? null : Texts.clean(request.reason());
        if (v.requireText("newOwner", newOwner, 64)) {
            v.matches("newOwner", newOwner, CustomerRules.USER, "a user name (letters, digits, . _ @ -)");
        }
        v.requireText("reason", reason, 500);
        v.throwIfAny();
        return store.write(em -> {
            CustomerEntity e = find(em, id);
            if (newOwner.equals(e.getOwner())) {
                throw new ConflictException("The customer is already owned by " + newOwner);
            }
            Instant now = clock.instant();
            em.persist(new OwnerHandoverEntity(e, e.getOwner(), newOwner, actor.user(), now, reason));
            e.setOwner(newOwner);
            e.setUpdatedAt(now);
            e.setUpdatedBy(actor.user());
            em.flush();
            return CustomerMapper.toRecord(em, e);
        });
    }

    @Override
    public List<OwnerHandover> ownerHistory(Actor actor, long id) {
        return store.read(em -> {
            find(em, id);
            return em.createQuery("SELECT h FROM OwnerHandoverEntity h WHERE h.customer.id = :id ORDER BY h.id",
                    OwnerHandoverEntity.class).setParameter("id", id).getResultList().stream()
                    .map(h -> new OwnerHandover(h.getFromOwner(), h.getToOwner(), h.getHandedOverBy(), h.getAt(), h.getReason()))
                    .toList();
        });
    }

    /** Finds a customer that exists and is not deleted, or throws {@link NotFoundException}. */
    static CustomerEntity find(EntityManager em, long id) {
        CustomerEntity e = em.find(CustomerEntity.class, id);
        if (e == null || e.getDeletedAt() != null) {
            throw new NotFoundException("No customer with id " + id);
        }
        return e;
    }

    static void requireVersion(long current, Long given) {
        if (given == null || given != current) {
            throw new ConflictException("The customer was changed since version " + given + " (now " + current
                    + "); reload it and try again");
        }
    }

    private CustomerRules.Checked check(CustomerDraft draft, Violations v) {
        String industry = draft == null ? null : Texts.clean(draft.industry());
        List<AttributeDefinition> schema = industries.module(industry).map(IndustryModule::attributes).orElse(null);
        Set<String> known = new java.util.LinkedHashSet<>(settings.industries());
        industries.modules().forEach(m -> known.add(m.id()));
        return CustomerRules.check(draft, known, schema, LocalDate.now(clock), v);
    }

    private void apply(CustomerEntity e, CustomerDraft d, Actor actor, Instant now) {
        e.setName(d.name());
        e.setNameKey(d.name().toUpperCase(Locale.ROOT));
        e.setIndustry(d.industry());
        e.setRegion(d.region());
        e.setPhone(d.phone());
        e.setEmail(d.email());
        e.setAddress(d.address());
        OrganizationProfile org = d.type() == PartyType.ORGANIZATION ? d.organization() : null;
        PersonProfile person = d.type() == PartyType.PERSON ? d.person() : null;
        e.setFoundedOn(org == null ? null : org.foundedOn());
        Money capital = org == null ? null : org.registeredCapital();
        e.setCapitalAmount(capital == null ? null : capital.amount());
        e.setCapitalCurrency(capital == null ? null : currency(capital));
        e.setCreditCode(org == null ? null : org.creditCode());
        e.setEmployees(org == null ? null : org.employees());
        FinancialSummary f = org == null ? null : org.financials();
        e.setFinancialYear(f == null ? null : f.year());
        e.setRevenue(f == null || f.revenue() == null ? null : f.revenue().amount());
        e.setNetProfit(f == null || f.netProfit() == null ? null : f.netProfit().amount());
        e.setTotalAssets(f == null || f.totalAssets() == null ? null : f.totalAssets().amount());
        e.setFinancialCurrency(f == null ? null : financialCurrency(f));
        e.setGender(person == null ? null : person.gender());
        e.setBirthDate(person == null ? null : person.birthDate());
        e.setMaritalStatus(person == null ? null : person.maritalStatus());
        e.setOccupation(person == null ? null : person.occupation());
        LocalDate own = org != null ? org.foundedOn() : person != null ? person.birthDate() : null;
        e.setAnniversaryMonthDay(own == null ? null : AnniversaryCalendar.monthDay(own));
        e.setUpdatedAt(now);
        e.setUpdatedBy(actor.user());
    }

    private static void writeAttributes(EntityManager em, CustomerEntity e, Map<String, AttributeRules.Typed> attributes,
            boolean replace) {
        if (replace) {
            em.createQuery("DELETE FROM CustomerAttributeEntity a WHERE a.customer.id = :id")
                    .setParameter("id", e.getId()).executeUpdate();
        }
        attributes.forEach((name, typed) -> em.persist(new CustomerAttributeEntity(e, name, typed.type(), typed.text())));
    }

    private static void rejectDuplicateCreditCode(EntityManager em, CustomerDraft d, Long self) {
        String code = d.organization() == null ? null : d.organization().creditCode();
        if (code == null) {
            return;
        }
        TypedQuery<String> query = em.createQuery("SELECT c.number FROM CustomerEntity c WHERE c.creditCode = :code"
                + " AND c.deletedAt IS NULL" + (self == null ? "" : " AND c.id <> :self"), String.class)
                .setParameter("code", code);
        if (self != null) {
            query.setParameter("self", self);
        }
        List<String> numbers = query.setMaxResults(1).getResultList();
        if (!numbers.isEmpty()) {
            throw new ConflictException("Customer " + numbers.get(0) + " already has the credit code " + code);
        }
    }

    private static void clearWinBack(CustomerEntity e) {
        e.setWinBackOutcome(null);
        e.setWinBackCost(null);
        e.setWinBackValue(null);
        e.setWinBackCurrency(null);
        e.setWinBackReason(null);
        e.setWinBackBy(null);
        e.setWinBackAt(null);
    }

    private static String order(String sort, Violations v) {
        String s = Texts.clean(sort);
        if (s == null) {
            return "c.number ASC";
        }
        List<String> parts = new ArrayList<>();
        for (String token : s.split(",")) {
            String t = token.strip();
            boolean desc = t.startsWith("-");
            String field = SORTABLE.get(desc ? t.substring(1) : t);
            if (field == null) {
                v.add("sort", "must be a field of " + SORTABLE.keySet() + ", optionally prefixed with -");
                return "c.number ASC";
            }
            parts.add("c." + field + (desc ? " DESC" : " ASC"));
        }
        if (!parts.contains("c.number ASC") && !parts.contains("c.number DESC")) {
            parts.add("c.id ASC");
        }
        return String.join(", ", parts);
    }

    private static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static String currency(Money money) {
        return money.currency() == null ? Money.DEFAULT_CURRENCY : money.currency();
    }

    private static String financialCurrency(FinancialSummary f) {
        for (Money m : new Money[] {f.revenue(), f.netProfit(), f.totalAssets()}) {
            if (m != null) {
                return currency(m);
            }
        }
        return null;
    }
}
