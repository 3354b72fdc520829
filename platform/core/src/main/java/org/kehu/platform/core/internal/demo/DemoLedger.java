package org.kehu.platform.core.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.PartyRole;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.RelationshipType;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.CreditRating;
import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.ledger.ShipmentDecision;

import static org.kehu.platform.core.internal.demo.DemoWords.*;

/**
 * A reproducible commercial ledger for the demo customers: credit profiles, contracts, orders, shipments, invoices,
 * payments, lists and rebates, as steps that the loader plays through the ledger services in order, so that every
 * rule of the ledger applies to them. The ledger covers the previous and the current year up to {@code today}:
 * most customers pay on time, some are overdue in every aging bucket, one is black-listed after a breach, and a few
 * records break four-flow consistency on purpose.
 * <p>
 * Steps name customers by their index in the demo customer list and earlier records by their index among the steps
 * of their kind: the n-th {@link ContractStep} creates contract n, the n-th {@link ShipStep} shipment n, and so on.
 */
public final class DemoLedger {

    /**
     * The most credit the demo grants (annual limits valid today plus temporary credit), well below the company cap
     * shipped in {@code etc/org.kehu.platform.ledger.cfg}, so that users can still grant credit.
     */
    static final BigDecimal CREDIT_BUDGET = new BigDecimal("38000000");

    public sealed interface Step permits RoleStep, CreditStep, TemporaryStep, ListStep, ContractStep, BreachStep, CloseStep,
            OrderStep, CancelStep, ShipStep, InvoiceStep, PaymentStep, RebateStep, SettleStep {
    }

    /** Gives a customer a role it does not have yet (a dealer for the rebates). */
    public record RoleStep(int customer, PartyRole role) implements Step {
    }

    /** Rating, annual limit (valid from/to, or the current year when absent) and payment term. */
    public record CreditStep(int customer, CreditRating rating, Money annualLimit, LocalDate validFrom, LocalDate validTo,
            Integer paymentTermDays, String reason) implements Step {
    }

    public record TemporaryStep(int customer, Money amount, LocalDate validFrom, LocalDate expiresOn, String reason)
            implements Step {
    }

    public record ListStep(int customer, CreditListType list, String reason, LocalDate since) implements Step {
    }

    public record ContractStep(int customer, String number, String title, Money amount, BigDecimal quantity, String unit,
            LocalDate startDate, LocalDate endDate, int paymentTermDays, PaymentMode paymentMode, ContractStatus status)
            implements Step {
    }

    public record BreachStep(int contract, LocalDate date, String reason) implements Step {
    }

    /** Completes or terminates a contract. */
    public record CloseStep(int contract, ContractStatus status, String reason) implements Step {
    }

    public record OrderStep(int customer, int contract, String number, LocalDate orderDate, BigDecimal quantity, Money amount)
            implements Step {
    }

    public record CancelStep(int order) implements Step {
    }

    /** A shipment request for today, with the gate's decision the plan expects. */
    public record ShipStep(int customer, Integer contract, Integer order, String number, BigDecimal quantity, Money amount,
            Money cost, boolean paidInAdvance, ShipmentDecision expected) implements Step {
    }

    /** An invoice; its due date follows from the contract's payment term. */
    public record InvoiceStep(int customer, Integer contract, Integer shipment, String number, LocalDate issueDate, Money amount,
            Money cost) implements Step {
    }

    /**
     * A payment applied exactly as given; without allocations it is kept on account (an advance payment), and the
     * ledger applies it to the payer's next invoices.
     */
    public record PaymentStep(int customer, String number, LocalDate receivedDate, Money amount, List<Part> allocations)
            implements Step {
    }

    public record Part(int invoice, Money amount) {
    }

    public record RebateStep(String period) implements Step {
    }

    /** Settles a dealer's rebate of the period as a discount on one of its invoices. */
    public record SettleStep(int customer, String period, int invoice) implements Step {
    }

    /**
     * The steps, and the customers that carry the special cases (black, grey, white, breach, nearLimit,
     * temporaryExpiring, invoiceMismatch, paymentMismatch, rebateDealers, refused, ...), by index.
     */
    public record Plan(List<Step> steps, Map<String, List<Integer>> cases) {
        public Plan {
            steps = List.copyOf(steps);
            cases = Collections.unmodifiableMap(new LinkedHashMap<>(cases));
        }
    }

    private enum Kind { GOOD, SLOW, FROZEN, NEW, DORMANT, CHURNED, CASH, PREPAID }

    /** Aging buckets, as days past due of an unpaid invoice. */
    private static final int[][] BUCKETS = {{3, 28}, {35, 85}, {95, 175}, {190, 355}};

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** What the plan knows of a customer's account as the steps stand. */
    private static final class Account {
        final int customer;
        final String industry;
        Kind kind;
        double volume;
        double margin;
        int term;
        CreditRating rating;
        String[] goods;
        BigDecimal limit = BigDecimal.ZERO;
        BigDecimal temporary = BigDecimal.ZERO;
        BigDecimal onAccount = BigDecimal.ZERO;
        CreditListType list;
        int contract = -1;
        int bucket = -1;
        Bill current;
        Bill overdue;
        /** Orders and ships goods today. */
        boolean ships;
        /** The group that gets an invoice under this customer's contract. */
        Integer invoiceTo;
        /** The other party that pays one of this customer's invoices. */
        Integer paidBy;

        Account(int customer, String industry) {
            this.customer = customer;
            this.industry = industry;
        }

        boolean goods() {
            return goods.length == 4;
        }
    }

    private static final class Deal {
        final int customer;
        final int term;
        final LocalDate start;
        final LocalDate end;
        final BigDecimal price;
        final BigDecimal quantity;
        final PaymentMode mode;
        BigDecimal shipped = BigDecimal.ZERO;
        ContractStatus status;

        Deal(int customer, int term, LocalDate start, LocalDate end, BigDecimal price, BigDecimal quantity, PaymentMode mode,
                ContractStatus status) {
            this.customer = customer;
            this.term = term;
            this.start = start;
            this.end = end;
            this.price = price;
            this.quantity = quantity;
            this.mode = mode;
            this.status = status;
        }
    }

    /** A shipment paid in advance that draws on the money on account until it is invoiced. */
    private record Drawn(int customer, BigDecimal amount) {
    }

    private static final class Bill {
        final int index;
        final int customer;
        final int contract;
        final LocalDate issue;
        final LocalDate due;
        final BigDecimal amount;
        BigDecimal paid = BigDecimal.ZERO;

        Bill(int index, int customer, int contract, LocalDate issue, LocalDate due, BigDecimal amount) {
            this.index = index;
            this.customer = customer;
            this.contract = contract;
            this.issue = issue;
            this.due = due;
            this.amount = amount;
        }

        BigDecimal open() {
            return amount.subtract(paid);
        }
    }

    private static final class Call {
        final int customer;
        final int contract;
        final BigDecimal quantity;
        final BigDecimal amount;
        BigDecimal shippedQuantity = BigDecimal.ZERO;
        BigDecimal shippedAmount = BigDecimal.ZERO;
        boolean cancelled;

        Call(int customer, int contract, BigDecimal quantity, BigDecimal amount) {
            this.customer = customer;
            this.contract = contract;
            this.quantity = quantity;
            this.amount = amount;
        }

        boolean open() {
            return !cancelled && shippedQuantity.compareTo(quantity) < 0;
        }
    }

    private final Random rnd;
    private final List<DemoDataSet.DemoCustomer> customers;
    private final LocalDate today;
    private final int year;
    private final LocalDate p0;
    private final LocalDate p1;
    private final LocalDate y0;
    private final LocalDate y1;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, List<Integer>> cases = new LinkedHashMap<>();
    private final Map<Integer, Account> accounts = new LinkedHashMap<>();
    private final List<Deal> deals = new ArrayList<>();
    private final List<Bill> bills = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<List<Integer>, BigDecimal> uninvoiced = new HashMap<>();
    /** Shipments paid in advance and not invoiced yet, by shipment index, with their customer and amount. */
    private final Map<Integer, Drawn> prepaidShipped = new HashMap<>();
    private final Set<Integer> special = new HashSet<>();
    private BigDecimal granted = BigDecimal.ZERO;
    private int shipments;
    private int contractSerial;
    private int orderSerial;
    private int shipmentSerial;
    private int paymentSerial;
    private long invoiceSerial = 3_000_000L;

    private DemoLedger(long seed, List<DemoDataSet.DemoCustomer> customers, LocalDate today) {
        // a stream of its own, so that the ledger does not change the customers drawn from the same seed
        this.rnd = new Random(Long.rotateLeft(seed, 17) ^ 0x1ED6E5L);
        this.customers = customers;
        this.today = today;
        this.year = today.getYear();
        this.p0 = LocalDate.of(year - 1, 1, 1);
        this.p1 = LocalDate.of(year - 1, 12, 31);
        this.y0 = LocalDate.of(year, 1, 1);
        this.y1 = LocalDate.of(year, 12, 31);
    }

    /** Deterministic for a given seed, customer list and day. */
    public static Plan generate(long seed, List<DemoDataSet.DemoCustomer> customers, LocalDate today) {
        return new DemoLedger(seed, customers, today).run();
    }

    private Plan run() {
        for (int i = 0; i < customers.size(); i++) {
            Account a = account(i);
            if (a != null) {
                accounts.put(i, a);
            }
        }
        chooseSpecialCases();
        for (Account a : List.copyOf(accounts.values())) {
            switch (a.kind) {
                case GOOD, NEW -> onCredit(a);
                case SLOW, FROZEN -> overdue(a);
                case DORMANT, CHURNED -> past(a);
                case CASH -> cash(a, false);
                case PREPAID -> prepaid(a);
            }
        }
        afterwards();
        return new Plan(steps, cases);
    }

    // ---- who gets which ledger

    private Account account(int i) {
        DemoDataSet.DemoCustomer c = customers.get(i);
        LifecycleStatus status = finalStatus(c);
        Account a = new Account(i, c.draft().industry());
        int roll = rnd.nextInt(100);
        if (c.draft().type() == PartyType.PERSON) {
            // private buyers of goods pay in advance
            boolean buyer = (status == LifecycleStatus.ACTIVE || status == LifecycleStatus.NEW)
                    && Set.of("cement", "fuel-card", "real-estate").contains(a.industry);
            if (!buyer || roll >= 25) {
                return null;
            }
            a.kind = Kind.PREPAID;
            a.volume = 30_000 + rnd.nextInt(170) * 1_000;
        } else {
            a.kind = switch (status) {
                case ACTIVE -> roll < (a.industry.equals("bank") ? 35 : 75) ? activeKind(c) : null;
                case NEW -> roll < 75 ? Kind.NEW : null;
                case DORMANT -> roll < 60 ? Kind.DORMANT : null;
                case FROZEN -> Kind.FROZEN;
                case CHURNED -> roll < 60 ? Kind.CHURNED : null;
                default -> null;
            };
            if (a.kind == null) {
                return null;
            }
            int[] v = VOLUMES.get(a.industry);
            a.volume = v[0] * Math.pow((double) v[1] / v[0], rnd.nextDouble());
        }
        int[] v = VOLUMES.get(a.industry);
        a.margin = (v[2] + rnd.nextDouble() * (v[3] - v[2])) / 100;
        a.goods = pick(CONTRACT_GOODS.get(a.industry));
        switch (a.kind) {
            case GOOD -> {
                a.rating = rnd.nextInt(100) < 35 ? CreditRating.A : CreditRating.B;
                a.term = a.rating == CreditRating.A ? pick(new Integer[] {45, 60}) : pick(new Integer[] {30, 45});
            }
            case SLOW, DORMANT, CHURNED -> {
                a.rating = rnd.nextBoolean() ? CreditRating.B : CreditRating.C;
                a.term = pick(new Integer[] {30, 45});
            }
            case FROZEN, NEW -> {
                a.rating = a.kind == Kind.NEW && rnd.nextInt(100) < 30 ? CreditRating.B : CreditRating.C;
                a.term = 30;
            }
            case CASH -> a.rating = rnd.nextBoolean() ? CreditRating.C : CreditRating.D;
            case PREPAID -> a.rating = CreditRating.D;
        }
        return a;
    }

    private Kind activeKind(DemoDataSet.DemoCustomer c) {
        int roll = rnd.nextInt(100);
        if (c.roles().contains(PartyRole.DEALER)) {
            return roll < 85 ? Kind.GOOD : Kind.SLOW;
        }
        return roll < 55 ? Kind.GOOD : roll < 75 ? Kind.SLOW : roll < 90 ? Kind.CASH : Kind.PREPAID;
    }

    static LifecycleStatus finalStatus(DemoDataSet.DemoCustomer c) {
        return c.transitions().isEmpty() ? c.draft().status() : c.transitions().get(c.transitions().size() - 1).status();
    }

    /** Picks the customers of the special cases, each for one case only, with a fallback when a seed lacks the ideal one. */
    private void chooseSpecialCases() {
        // dealers selling enough for a rebate; the roles come from the customer data, a dealer is added when too few
        List<Integer> dealers = take(6, a -> a.kind == Kind.GOOD && dealer(a));
        for (Integer d : dealers.size() >= 3 ? List.<Integer>of() : take(3 - dealers.size(),
                a -> a.kind == Kind.GOOD && Set.of("cement", "fuel-card").contains(a.industry))) {
            steps.add(new RoleStep(d, PartyRole.DEALER));
            dealers = append(dealers, d);
        }
        for (int d : dealers) {
            accounts.get(d).volume = 2_500_000 + rnd.nextInt(45) * 100_000;
        }
        cases.put("rebateDealers", dealers);
        mark("lateDealer", take(1, a -> a.kind == Kind.GOOD && dealer(a)));
        // the largest contract needs the group's approval; a group framework agreement awaits it as a draft
        List<Integer> big = take(1, a -> a.kind == Kind.GOOD && a.industry.equals("cement"));
        big = big.isEmpty() ? take(1, a -> a.kind == Kind.GOOD) : big;
        for (int b : big) {
            accounts.get(b).volume = 8_000_000 + rnd.nextInt(20) * 100_000;
            accounts.get(b).goods = CONTRACT_GOODS.get(accounts.get(b).industry)[0];
        }
        mark("groupApproval", big);
        List<Integer> near = take(1, a -> a.kind == Kind.GOOD && a.industry.equals("cement"));
        near = near.isEmpty() ? take(1, a -> a.kind == Kind.GOOD && a.goods()) : near;
        for (int n : near) {
            Account a = accounts.get(n);
            a.volume = Math.max(a.volume, 1_200_000);
            a.goods = CONTRACT_GOODS.get(a.industry)[0];
        }
        mark("nearLimit", near);
        // temporary credit for the building season and for a large project
        mark("temporaryExpiring", take(1, a -> a.kind == Kind.GOOD && a.goods()));
        mark("temporary", take(1, a -> a.kind == Kind.GOOD && a.goods()));
        mismatches();
        // overdue in every bucket: slow payers up to 90 days, frozen customers beyond, the black-listed one over a year
        // a buyer of goods, so that it can also ask for a delivery
        List<Integer> chosen = List.of();
        for (Kind kind : List.of(Kind.FROZEN, Kind.CHURNED, Kind.SLOW)) {
            chosen = chosen.isEmpty() ? take(1, a -> a.kind == kind && a.goods()) : chosen;
        }
        for (Kind kind : List.of(Kind.FROZEN, Kind.CHURNED, Kind.SLOW)) {
            chosen = chosen.isEmpty() ? take(1, a -> a.kind == kind) : chosen;
        }
        List<Integer> black = chosen;
        for (int b : black) {
            accounts.get(b).kind = Kind.FROZEN;
        }
        mark("black", black);
        List<Integer> deep = where(a -> a.kind == Kind.FROZEN && !black.contains(a.customer));
        List<Integer> slow = where(a -> a.kind == Kind.SLOW);
        int s = 0;
        for (int i = 0; i < deep.size(); i++) {
            accounts.get(deep.get(i)).bucket = 2 + i % 2;
        }
        for (; deep.size() + s < 2 && s < slow.size(); s++) {
            accounts.get(slow.get(s)).bucket = 2 + (deep.size() + s) % 2;
        }
        for (int i = s; i < slow.size(); i++) {
            accounts.get(slow.get(i)).bucket = (i - s) % 2;
        }
        List<Integer> grey = take(1, a -> a.kind == Kind.SLOW && a.bucket == 1);
        mark("grey", append(grey, take(1, a -> a.kind == Kind.FROZEN && a.bucket >= 2)));
        List<Integer> breach = take(1, a -> a.kind == Kind.FROZEN && a.bucket >= 2);
        breach = breach.isEmpty() ? take(1, a -> a.kind == Kind.SLOW && a.bucket == 1) : breach;
        mark("breach", append(black, breach));
        // the gate refuses overdue customers, a draw beyond an order, a spot sale without contract and a buyer without credit
        mark("refusedOverdue", take(3, a -> a.kind == Kind.SLOW && a.goods() && a.bucket <= 1));
        // groups buy centrally and take no deliveries
        List<Integer> shipping = where(a -> a.kind == Kind.GOOD && a.goods() && !group(a.customer) && !special.contains(a.customer));
        for (int i : shipping) {
            if (rnd.nextInt(100) < 70) {
                accounts.get(i).ships = true;
            }
        }
        // customers on longer terms have room left under their limit for the orders of these cases
        for (String role : List.of("quantityMismatch", "noContract", "cancelledOrder")) {
            List<Integer> one = take(1, a -> a.ships && a.term >= 45);
            mark(role, one.isEmpty() ? take(1, a -> a.ships) : one);
        }
        List<Integer> cash = take(1, a -> a.kind == Kind.CASH && a.goods());
        for (int c : cash) {
            accounts.get(c).rating = CreditRating.D;
        }
        mark("noCredit", cash);
        for (Account a : accounts.values()) {
            if (a.kind == Kind.PREPAID && a.goods() && !group(a.customer) && !special.contains(a.customer) && rnd.nextBoolean()) {
                a.ships = true;
            }
        }
    }

    /** Invoice to a group for its subsidiary's contract, a group paying for a subsidiary, a manager paying from his own account. */
    private void mismatches() {
        Map<Integer, Integer> holders = new HashMap<>();
        Map<Integer, Integer> employees = new HashMap<>();
        Map<Integer, Integer> partners = new HashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            for (DemoDataSet.DemoRelation r : customers.get(i).relations()) {
                if (r.type() == RelationshipType.HOLDING) {
                    holders.putIfAbsent(r.toIndex(), i);
                } else if (r.type() == RelationshipType.EMPLOYMENT && r.note().contains("高级管理人员")) {
                    employees.putIfAbsent(i, r.toIndex());
                } else if (r.type() == RelationshipType.PARTNER
                        && customers.get(r.toIndex()).draft().type() == PartyType.ORGANIZATION
                        && customers.get(i).draft().type() == PartyType.ORGANIZATION) {
                    partners.putIfAbsent(r.toIndex(), i);
                    partners.putIfAbsent(i, r.toIndex());
                }
            }
        }
        // subsidiaries buying goods first, so that the group can also ask for a delivery under one of their contracts
        List<Integer> subsidiaries = new ArrayList<>(take(2, a -> a.kind == Kind.GOOD && a.goods() && holders.containsKey(a.customer)));
        subsidiaries.addAll(take(2 - subsidiaries.size(), a -> a.kind == Kind.GOOD && holders.containsKey(a.customer)));
        List<Integer> invoiced = new ArrayList<>();
        List<Integer> paying = new ArrayList<>();
        List<Integer> payers = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            int sub;
            int other;
            if (k < subsidiaries.size()) {
                sub = subsidiaries.get(k);
                other = holders.get(sub);
            } else {
                List<Integer> partnered = take(1, a -> a.kind == Kind.GOOD && partners.containsKey(a.customer));
                if (partnered.isEmpty()) {
                    continue;
                }
                sub = partnered.get(0);
                other = partners.get(sub);
            }
            Account a = accounts.get(sub);
            if (k == 0) {
                a.invoiceTo = other;
                invoiced.add(other);
            } else {
                a.paidBy = other;
                payers.add(other);
            }
            paying.add(sub);
        }
        for (int org : take(1, a -> a.kind == Kind.GOOD && employees.containsKey(a.customer))) {
            accounts.get(org).paidBy = employees.get(org);
            payers.add(employees.get(org));
            paying.add(org);
        }
        cases.put("invoiceMismatch", invoiced);
        cases.put("paymentMismatch", payers);
        cases.put("mismatchContracts", paying);
    }

    // ---- the customers' ledgers

    /** Good payers and new customers: paid history, a current invoice, for some an order shipped today. */
    private void onCredit(Account a) {
        int t = a.term;
        boolean fresh = a.kind == Kind.NEW;
        LocalDate start = fresh ? today.minusDays(between(25, 110)) : between(p0, p0.plusDays(75));
        LocalDate end = is(a, "groupApproval") ? y1.plusYears(1) : fresh ? start.plusYears(1).minusDays(1) : y1;
        if (!credit(a)) {
            cash(a, true);
            return;
        }
        contract(a, start, end, PaymentMode.CREDIT, ContractStatus.ACTIVE);
        Integer by = a.paidBy;
        boolean byPerson = by != null && customers.get(by).draft().type() == PartyType.PERSON;
        LocalDate last = start;
        List<Bill> paid = new ArrayList<>();
        if (!fresh) {
            LocalDate first = between(max(start.plusDays(90), p0.plusDays(120)), p1.minusDays(t + 5));
            paid.add(bill(a, first, last));
            last = first;
            // a third of them settled once more in the middle of this year
            LocalDate second = rnd.nextInt(100) < 35 ? between(max(y0.plusDays(9), last.plusDays(30)), today.minusDays(t + 8)) : null;
            if (second != null) {
                paid.add(bill(a, second, last));
                last = second;
            }
        } else if (!start.plusDays(10).isAfter(today.minusDays(t + 5))) {
            LocalDate first = between(start.plusDays(10), min(start.plusDays(20), today.minusDays(t + 5)));
            paid.add(bill(a, first, last));
            last = first;
        }
        for (Bill b : paid) {
            LocalDate on = between(max(b.issue.plusDays(1), b.due.minusDays(12)), min(b.due.minusDays(1), today.minusDays(1)));
            // a group settles the latest invoice of its subsidiary
            int payer = b == paid.get(paid.size() - 1) && by != null && !byPerson ? by : a.customer;
            if (b == paid.get(0) && is(a, "lateDealer")) {
                // paid after the year end, which costs the dealer its rebate
                on = max(b.due.plusDays(1), min(p1.plusDays(between(5, 25)), today.minusDays(1)));
            }
            pay(payer, on, b, b.amount);
        }
        LocalDate from = max(last.plusDays(10), today.minusDays(t - 2));
        if (!from.isAfter(today.minusDays(2))) {
            // the last month, not due yet
            LocalDate on = between(from, today.minusDays(2));
            a.current = bill(a, on, max(last, on.minusDays(30)));
            if (byPerson) {
                // the general manager pays part of the invoice from his own account
                pay(by, between(a.current.issue.plusDays(1), today), a.current, part(a.current.amount, 40, 60));
            } else if (rnd.nextInt(100) < 15 && !is(a, "nearLimit") && a.current.issue.isBefore(today.minusDays(1))) {
                pay(a.customer, between(a.current.issue.plusDays(1), today.minusDays(1)), a.current, part(a.current.amount, 30, 60));
            }
        }
        Integer group = a.invoiceTo;
        if (group != null && a.current != null) {
            // billed to the group at its request, and paid by the group: two records naming another party than the contract
            LocalDate on = today.minusDays(between(20, 40));
            Bill b = bill(group, a.contract, max(on, start), part(a.current.amount, 50, 80), a.margin, null);
            pay(group, min(b.issue.plusDays(between(5, 15)), today.minusDays(1)), b, b.amount);
        }
        if (is(a, "nearLimit")) {
            nearLimit(a);
        } else if (a.ships) {
            ship(a);
        }
    }

    /** Slow payers and frozen customers: an invoice left unpaid past its due date, by the bucket chosen for them. */
    private void overdue(Account a) {
        int t = a.term;
        boolean black = is(a, "black");
        int[] days = black ? new int[] {380, 470} : BUCKETS[Math.max(0, a.bucket)];
        LocalDate late = today.minusDays(t + between(days[0], days[1]));
        LocalDate first = between(min(late.minusDays(190), p1.minusDays(t + 150)), min(late.minusDays(40), p1.minusDays(t + 5)));
        LocalDate start = min(between(p0, p0.plusDays(75)), first.minusDays(90));
        if (!credit(a)) {
            cash(a, true);
            return;
        }
        contract(a, start, y1, PaymentMode.CREDIT, ContractStatus.ACTIVE);
        Bill paid = bill(a, first, start);
        pay(a.customer, between(paid.issue.plusDays(1), paid.due.minusDays(1)), paid, paid.amount);
        a.overdue = bill(a, late, late.minusDays(a.kind == Kind.SLOW ? between(30, 60) : between(60, 120)));
        if (black) {
            LocalDate later = today.minusDays(t + between(200, 300));
            Bill second = bill(a, later, later.minusDays(60));
            pay(a.customer, between(later.plusDays(t), later.plusDays(t + 60)), second, part(second.amount, 20, 40));
        } else if (rnd.nextInt(100) < 40) {
            pay(a.customer, between(late.plusDays(10), today.minusDays(1)), a.overdue, part(a.overdue.amount, 20, 60));
        }
        if (a.kind == Kind.SLOW && rnd.nextInt(100) < 60) {
            LocalDate from = max(late.plusDays(10), today.minusDays(t - 2));
            if (!from.isAfter(today.minusDays(2))) {
                LocalDate on = between(from, today.minusDays(2));
                a.current = bill(a, on, on.minusDays(30));
            }
        }
    }

    /** Dormant customers bought until half a year ago, churned ones until the end of last year; all paid. */
    private void past(Account a) {
        boolean churned = a.kind == Kind.CHURNED;
        LocalDate start = between(p0, p0.plusDays(60));
        if (rnd.nextBoolean()) {
            credit(a);
        }
        contract(a, start, churned ? p1 : y1, PaymentMode.CREDIT, ContractStatus.ACTIVE);
        // nothing after the year end for the churned, nothing in the last half year for the dormant
        LocalDate first = between(start.plusDays(60), churned ? p1.minusDays(100) : min(p1.minusDays(10), today.minusDays(200)));
        LocalDate second = rnd.nextInt(100) >= 30 ? null : churned ? between(first.plusDays(60), p1.minusDays(20))
                : between(max(first.plusDays(60), y0.plusDays(10)), today.minusDays(200));
        LocalDate last = start;
        LocalDate quiet = churned ? today.minusDays(1) : today.minusDays(185);
        for (LocalDate on : second == null ? List.of(first) : List.of(first, second)) {
            Bill b = bill(a, on, last);
            pay(a.customer, between(b.issue.plusDays(1), min(b.due.minusDays(1), quiet)), b, b.amount);
            last = on;
        }
        if (churned) {
            steps.add(new CloseStep(a.contract, ContractStatus.COMPLETED, "合同到期，客户未续签"));
            deals.get(a.contract).status = ContractStatus.COMPLETED;
        }
    }

    /** Cash on delivery: every invoice paid the day it is issued. */
    private void cash(Account a, boolean rated) {
        a.kind = Kind.CASH;
        a.term = 0;
        if (!rated && (is(a, "noCredit") || rnd.nextBoolean())) {
            credit(a);
        }
        LocalDate start = between(p0, p0.plusDays(120));
        contract(a, start, y1, PaymentMode.CASH_ON_DELIVERY, ContractStatus.ACTIVE);
        Bill first = bill(a, between(start.plusDays(30), p1.minusDays(10)), start);
        pay(a.customer, first.issue, first, first.amount);
        LocalDate on = between(max(first.issue.plusDays(30), today.minusDays(60)), today.minusDays(1));
        if (on != null) {
            Bill second = bill(a, on, on.minusDays(60));
            pay(a.customer, second.issue, second, second.amount);
        }
    }

    /** Paid in advance: money is paid on account a few days before each invoice, which the ledger then settles from it. */
    private void prepaid(Account a) {
        boolean person = customers.get(a.customer).draft().type() == PartyType.PERSON;
        a.term = 0;
        if (!person && rnd.nextInt(100) < 30) {
            credit(a);
        }
        LocalDate start = person ? between(p0.plusDays(30), today.minusDays(60)) : between(p0, p0.plusDays(200));
        contract(a, start, person ? start.plusYears(1).minusDays(1) : y1, PaymentMode.PREPAID, ContractStatus.ACTIVE);
        LocalDate last = start;
        for (int n = 0; n < (person ? 1 + rnd.nextInt(2) : 2); n++) {
            LocalDate on = between(last.plusDays(20), today.minusDays(1));
            if (on == null) {
                break;
            }
            BigDecimal amount = worth(a, on, last);
            // advance payments are round sums; what is left stays on account for the next invoice
            deposit(a.customer, on.minusDays(between(1, 7)), amount.subtract(a.onAccount));
            bill(a.customer, a.contract, on, amount, a.margin, null);
            last = on;
        }
        if (a.ships) {
            Deal d = deals.get(a.contract);
            BigDecimal quantity = units(a.volume * between(8, 15) / 365, d.price);
            deposit(a.customer, today.minusDays(between(1, 3)), quantity.multiply(d.price).subtract(a.onAccount));
            int order = order(a, today.minusDays(between(0, 3)), quantity);
            int s = shipment(a.customer, a.contract, order, quantity, true);
            bill(a.customer, a.contract, today, calls.get(order).amount, a.margin, s);
        }
    }

    /** Open invoice and an open order up to 91–96% of the limit; a spot sale beyond it is refused. */
    private void nearLimit(Account a) {
        Deal d = deals.get(a.contract);
        BigDecimal limit = a.limit.add(a.temporary);
        BigDecimal target = limit.multiply(BigDecimal.valueOf(between(92, 96))).movePointLeft(2).subtract(exposure(a.customer));
        BigDecimal quantity = target.divide(d.price, 0, RoundingMode.DOWN);
        while (exposure(a.customer).add(quantity.multiply(d.price)).compareTo(limit.multiply(new BigDecimal("0.905"))) < 0) {
            quantity = quantity.add(BigDecimal.ONE);
        }
        if (quantity.signum() <= 0) {
            return;
        }
        order(a, today.minusDays(between(1, 6)), quantity.setScale(3));
        BigDecimal spot = units(limit.doubleValue() * between(10, 20) / 100, d.price);
        shipment(a.customer, a.contract, null, spot, false);
    }

    /** An order, shipped today in full or in part, invoiced today for half of the customers. */
    private void ship(Account a) {
        Deal d = deals.get(a.contract);
        BigDecimal room = a.limit.multiply(new BigDecimal("0.8")).subtract(exposure(a.customer));
        BigDecimal wanted = BigDecimal.valueOf(a.volume * between(8, 15) / 365);
        BigDecimal quantity = room.min(wanted).divide(d.price, 0, RoundingMode.DOWN);
        if (quantity.signum() <= 0) {
            return;
        }
        int order = order(a, today.minusDays(between(0, 7)), quantity.setScale(3));
        boolean partly = quantity.compareTo(BigDecimal.valueOf(3)) >= 0 && (is(a, "quantityMismatch") || rnd.nextInt(100) < 40);
        BigDecimal sent = partly ? quantity.multiply(BigDecimal.valueOf(between(40, 70))).movePointLeft(2)
                .setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE).setScale(3) : quantity.setScale(3);
        int s = shipment(a.customer, a.contract, order, sent, false);
        if (rnd.nextBoolean()) {
            bill(a.customer, a.contract, today, sent.multiply(d.price), a.margin, s);
        }
        if (is(a, "quantityMismatch")) {
            // the second draw asks for more than is left on the order
            BigDecimal left = quantity.setScale(3).subtract(sent);
            shipment(a.customer, a.contract, order, left.add(units(left.doubleValue() * 0.3 + 5, BigDecimal.ONE)), false);
        }
        if (is(a, "noContract")) {
            shipment(a.customer, null, null, units(a.volume * 3 / 365, d.price), false);
        }
        if (is(a, "cancelledOrder")) {
            int extra = order(a, today.minusDays(between(2, 10)), units(a.volume * 4 / 365, d.price));
            steps.add(new CancelStep(extra));
            calls.get(extra).cancelled = true;
        }
    }

    /** What comes after every customer's history: lists, breaches, temporary credit, refusals and the rebates. */
    private void afterwards() {
        for (int c : cases.getOrDefault("temporaryExpiring", List.of())) {
            temporary(accounts.get(c), today.minusDays(12), today.plusDays(8));
        }
        for (int c : cases.getOrDefault("temporary", List.of())) {
            temporary(accounts.get(c), today.minusDays(2), today.plusDays(27));
        }
        for (int c : cases.getOrDefault("breach", List.of())) {
            Account a = accounts.get(c);
            if (a.overdue == null) {
                continue;
            }
            LocalDate on = min(a.overdue.due.plusDays(between(30, 60)), today.minusDays(1));
            // goods can be resold outside the agreed region, any contract can go unpaid
            steps.add(new BreachStep(a.contract, on, is(a, "black") || !a.goods() ? BREACH_REASONS[0] : pick(BREACH_REASONS)));
        }
        for (int c : cases.getOrDefault("grey", List.of())) {
            Account a = accounts.get(c);
            list(a, CreditListType.GREY, GREY_REASONS[a.bucket >= 2 ? 1 : 0], today.minusDays(between(3, 20)));
            steps.add(new CreditStep(c, CreditRating.D, null, null, null, null, "逾期未回款，评级下调"));
            a.rating = CreditRating.D;
        }
        for (int c : cases.getOrDefault("black", List.of())) {
            Account a = accounts.get(c);
            if (a.overdue == null) {
                continue;
            }
            steps.add(new CloseStep(a.contract, ContractStatus.TERMINATED, "客户违约，依合同约定解除合同"));
            deals.get(a.contract).status = ContractStatus.TERMINATED;
            list(a, CreditListType.BLACK, BLACK_REASON, today.minusDays(between(3, 10)));
            steps.add(new CreditStep(c, CreditRating.D, yuan(BigDecimal.ZERO), null, null, null, "列入黑名单，取消授信"));
            a.rating = CreditRating.D;
            granted = granted.subtract(a.limit);
            a.limit = BigDecimal.ZERO;
            if (a.goods()) {
                // the customer asks to resume deliveries under the terminated contract
                shipment(c, a.contract, null, units(a.volume * 5 / 365, deals.get(a.contract).price), false);
            }
        }
        for (int c : cases.getOrDefault("refusedOverdue", List.of())) {
            Account a = accounts.get(c);
            shipment(c, a.contract, null, units(a.volume * between(3, 6) / 365, deals.get(a.contract).price), false);
        }
        for (int c : cases.getOrDefault("noCredit", List.of())) {
            // refused without credit, then shipped once the customer paid in advance
            Account a = accounts.get(c);
            BigDecimal quantity = units(a.volume * between(5, 10) / 365, deals.get(a.contract).price);
            shipment(c, a.contract, null, quantity, false);
            BigDecimal amount = quantity.multiply(deals.get(a.contract).price).setScale(2, RoundingMode.HALF_UP);
            deposit(c, today, amount);
            int s = shipment(c, a.contract, null, quantity, true);
            bill(c, a.contract, today, amount, a.margin, s);
        }
        List<Integer> paying = cases.getOrDefault("mismatchContracts", List.of());
        List<Integer> invoiced = cases.getOrDefault("invoiceMismatch", List.of());
        if (!paying.isEmpty() && !invoiced.isEmpty() && accounts.get(paying.get(0)).goods()) {
            // the group asks for goods of its subsidiary's contract to go to its own site: refused even though prepaid
            Account sub = accounts.get(paying.get(0));
            shipment(invoiced.get(0), sub.contract, null, units(sub.volume * 3 / 365, deals.get(sub.contract).price), true);
        }
        List<Integer> white = take(10, a -> a.kind == Kind.GOOD && a.rating == CreditRating.A && a.bucket < 0);
        white = append(cases.getOrDefault("rebateDealers", List.of()).subList(0, Math.min(2,
                cases.getOrDefault("rebateDealers", List.of()).size())), white);
        for (int c : white) {
            list(accounts.get(c), CreditListType.WHITE, pick(WHITE_REASONS), y0);
        }
        cases.put("white", white);
        draftForGroup();
        String period = Integer.toString(year - 1);
        steps.add(new RebateStep(period));
        int settled = 0;
        for (int d : cases.getOrDefault("rebateDealers", List.of())) {
            Bill b = accounts.get(d).current;
            BigDecimal rebate = rebate(sales(d));
            if (settled < 2 && b != null && rebate.signum() > 0 && b.open().compareTo(rebate) >= 0) {
                steps.add(new SettleStep(d, period, b.index));
                b.paid = b.paid.add(rebate);
                settled++;
            }
        }
        List<Integer> refused = new ArrayList<>();
        for (Step s : steps) {
            if (s instanceof ShipStep r && r.expected() == ShipmentDecision.REFUSED && !refused.contains(r.customer())) {
                refused.add(r.customer());
            }
        }
        cases.put("refused", refused);
    }

    /** A group's framework agreement above the group threshold, still a draft awaiting the group's approval. */
    private void draftForGroup() {
        Integer group = null;
        for (int i = 0; i < customers.size() && group == null; i++) {
            DemoDataSet.DemoCustomer c = customers.get(i);
            if (finalStatus(c) == LifecycleStatus.ACTIVE && !cases.getOrDefault("black", List.of()).contains(i) && group(i)) {
                group = i;
            }
        }
        if (group == null) {
            return;
        }
        BigDecimal amount = BigDecimal.valueOf(22_000_000L + rnd.nextInt(140) * 100_000L);
        steps.add(new ContractStep(group, "HT" + year + "-" + String.format("%04d", ++contractSerial),
                year + "-" + (year + 2) + "年度战略合作框架协议",
                yuan(amount), null, null, y0.plusMonths(1), LocalDate.of(year + 2, 12, 31), 60, PaymentMode.CREDIT,
                ContractStatus.DRAFT));
        deals.add(new Deal(group, 60, y0, y1, BigDecimal.ONE, null, PaymentMode.CREDIT, ContractStatus.DRAFT));
        cases.put("groupApproval", append(cases.getOrDefault("groupApproval", List.of()), group));
    }

    // ---- records, with the plan's view of the account kept up to date

    /** Grants the account's credit within the budget; false when nothing is left for it. */
    private boolean credit(Account a) {
        boolean now = a.kind != Kind.DORMANT && a.kind != Kind.CHURNED;
        if (a.kind == Kind.CASH || a.kind == Kind.PREPAID || a.rating == CreditRating.D) {
            steps.add(new CreditStep(a.customer, a.rating, null, null, null, 0, RATING_REASONS[3]));
            return false;
        }
        BigDecimal limit = round(BigDecimal.valueOf(a.volume * a.term / 365 * between(160, 220) / 100), TEN_THOUSAND)
                .max(BigDecimal.valueOf(30_000));
        if (now && granted.add(limit).compareTo(CREDIT_BUDGET) > 0) {
            a.rating = CreditRating.D;
            steps.add(new CreditStep(a.customer, a.rating, null, null, null, 0, RATING_REASONS[3]));
            return false;
        }
        String reason = RATING_REASONS[a.rating.ordinal()];
        if (now) {
            granted = granted.add(limit);
            a.limit = limit;
            steps.add(new CreditStep(a.customer, a.rating, yuan(limit), null, null, a.term, reason));
        } else {
            // last year's limit, expired with the year
            steps.add(new CreditStep(a.customer, a.rating, yuan(limit), p0, p1, a.term, reason.replace("年度", "上年度")));
        }
        return true;
    }

    private void temporary(Account a, LocalDate from, LocalDate to) {
        BigDecimal amount = round(a.limit.multiply(BigDecimal.valueOf(between(30, 50))).movePointLeft(2), TEN_THOUSAND)
                .max(BigDecimal.valueOf(50_000));
        if (granted.add(amount).compareTo(CREDIT_BUDGET) > 0) {
            return;
        }
        granted = granted.add(amount);
        a.temporary = a.temporary.add(amount);
        steps.add(new TemporaryStep(a.customer, yuan(amount), from, to, pick(TEMPORARY_REASONS)));
    }

    private void list(Account a, CreditListType list, String reason, LocalDate since) {
        a.list = list;
        steps.add(new ListStep(a.customer, list, reason, since));
    }

    private void contract(Account a, LocalDate start, LocalDate end, PaymentMode mode, ContractStatus status) {
        String[] goods = a.goods;
        BigDecimal amount = round(BigDecimal.valueOf(a.volume * (ChronoUnit.DAYS.between(start, end) + 1) / 365), TEN_THOUSAND)
                .max(TEN_THOUSAND);
        String title = goods[0];
        BigDecimal price = BigDecimal.ONE;
        BigDecimal quantity = null;
        if (goods.length == 4) {
            int low = Integer.parseInt(goods[2]);
            int high = Integer.parseInt(goods[3]);
            // unit prices in steps of half a yuan
            price = BigDecimal.valueOf(low * 2 + rnd.nextInt((high - low) * 2 + 1)).divide(BigDecimal.valueOf(2)).setScale(2);
            quantity = amount.divide(price, 0, RoundingMode.DOWN).setScale(3);
            amount = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
        }
        if (is(a, "groupApproval")) {
            title = cityName(a.customer) + pick(BIG_PROJECTS) + title.replace("年度", "").replace("购销", "供应");
        }
        int term = mode == PaymentMode.CREDIT ? a.term : 0;
        String number = "HT" + start.getYear() + "-" + String.format("%04d", ++contractSerial);
        steps.add(new ContractStep(a.customer, number, title, yuan(amount), quantity, goods.length == 4 ? goods[1] : null, start,
                end, term, mode, status));
        a.contract = deals.size();
        deals.add(new Deal(a.customer, term, start, end, price, quantity, mode, status));
    }

    private String cityName(int customer) {
        String region = customers.get(customer).draft().region();
        return region.substring(region.indexOf('·') + 1) + "市";
    }

    /** An invoice of the account under its contract for what it bought since {@code since}. */
    private Bill bill(Account a, LocalDate issue, LocalDate since) {
        return bill(a.customer, a.contract, issue, worth(a, issue, since), a.margin, null);
    }

    /** What the account bought from {@code since} to {@code issue}, at least twenty days' worth. */
    private BigDecimal worth(Account a, LocalDate issue, LocalDate since) {
        double days = Math.max(20, ChronoUnit.DAYS.between(since, issue));
        return BigDecimal.valueOf(a.volume * days / 365 * between(90, 110) / 100).setScale(2, RoundingMode.HALF_UP);
    }

    private Bill bill(int customer, int contract, LocalDate issue, BigDecimal amount, double margin, Integer shipment) {
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
        BigDecimal cost = value.multiply(BigDecimal.valueOf(1 - margin * between(85, 115) / 100)).setScale(2, RoundingMode.HALF_UP);
        Bill b = new Bill(bills.size(), customer, contract, issue, issue.plusDays(deals.get(contract).term), value);
        bills.add(b);
        // a 20-digit number of a fully digital VAT invoice issued in Hubei
        invoiceSerial += 1 + rnd.nextInt(40);
        String number = String.format("%02d4220000%011d", issue.getYear() % 100, invoiceSerial);
        steps.add(new InvoiceStep(customer, contract, shipment, number, issue, yuan(value), yuan(cost)));
        if (shipment != null || issue.equals(today)) {
            uninvoiced.computeIfPresent(List.of(customer, contract), (k, v) -> v.subtract(value).max(BigDecimal.ZERO));
        }
        if (shipment != null) {
            prepaidShipped.remove(shipment);
        }
        // the ledger settles a new invoice from what its party paid on account
        Account account = accounts.get(customer);
        if (account != null && account.onAccount.signum() > 0) {
            BigDecimal part = account.onAccount.min(b.open());
            b.paid = b.paid.add(part);
            account.onAccount = account.onAccount.subtract(part);
        }
        return b;
    }

    private void pay(int payer, LocalDate on, Bill bill, BigDecimal amount) {
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP).min(bill.open());
        if (value.signum() <= 0) {
            // settled already from money the payer had on account
            return;
        }
        bill.paid = bill.paid.add(value);
        String number = "YH" + on.format(DAY) + String.format("%04d", ++paymentSerial);
        steps.add(new PaymentStep(payer, number, on, yuan(value), List.of(new Part(bill.index, yuan(value)))));
    }

    /** An advance payment kept on account, rounded up to whole ten thousands. */
    private void deposit(int customer, LocalDate on, BigDecimal atLeast) {
        if (atLeast.signum() <= 0) {
            return;
        }
        BigDecimal amount = atLeast.divide(TEN_THOUSAND, 0, RoundingMode.UP).multiply(TEN_THOUSAND);
        accounts.get(customer).onAccount = accounts.get(customer).onAccount.add(amount);
        String number = "YH" + on.format(DAY) + String.format("%04d", ++paymentSerial);
        steps.add(new PaymentStep(customer, number, on, yuan(amount), List.of()));
    }

    private int order(Account a, LocalDate on, BigDecimal quantity) {
        BigDecimal amount = quantity.multiply(deals.get(a.contract).price).setScale(2, RoundingMode.HALF_UP);
        String number = "DD" + on.format(DAY) + "-" + String.format("%03d", ++orderSerial);
        steps.add(new OrderStep(a.customer, a.contract, number, on, quantity, yuan(amount)));
        calls.add(new Call(a.customer, a.contract, quantity, amount));
        return calls.size() - 1;
    }

    /** Requests a shipment for today and records what the gate should decide; returns the shipment's index. */
    private int shipment(int customer, Integer contract, Integer order, BigDecimal quantity, boolean paidInAdvance) {
        Deal deal = contract == null ? null : deals.get(contract);
        BigDecimal price = deal == null ? deals.get(accounts.get(customer).contract).price : deal.price;
        BigDecimal amount = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
        Account a = accounts.get(customer);
        double margin = a == null ? 0.1 : a.margin;
        BigDecimal cost = amount.multiply(BigDecimal.valueOf(1 - margin)).setScale(2, RoundingMode.HALF_UP);
        Call call = order == null ? null : calls.get(order);
        boolean allowed = gate(customer, deal, call, quantity, amount, paidInAdvance);
        if (allowed) {
            if (deal != null) {
                deal.shipped = deal.shipped.add(quantity);
            }
            if (call != null) {
                call.shippedQuantity = call.shippedQuantity.add(quantity);
                call.shippedAmount = call.shippedAmount.add(amount);
            }
            if (!paidInAdvance && contract != null) {
                uninvoiced.merge(List.of(customer, contract), amount, BigDecimal::add);
            }
            if (paidInAdvance) {
                prepaidShipped.put(shipments, new Drawn(customer, amount));
            }
        }
        String number = "FH" + today.format(DAY) + "-" + String.format("%03d", ++shipmentSerial);
        steps.add(new ShipStep(customer, contract, order, number, quantity, yuan(amount), yuan(cost), paidInAdvance,
                allowed ? ShipmentDecision.ALLOWED : ShipmentDecision.REFUSED));
        return shipments++;
    }

    /** The core checks of the shipment gate, as the plan expects them to decide. */
    private boolean gate(int customer, Deal deal, Call call, BigDecimal quantity, BigDecimal amount, boolean paidInAdvance) {
        if (deal != null && deal.customer != customer || call != null && call.customer != customer) {
            return false;
        }
        if (deal != null && deal.mode == PaymentMode.PREPAID && !paidInAdvance) {
            return false;
        }
        Account a = accounts.get(customer);
        if (paidInAdvance) {
            BigDecimal drawn = BigDecimal.ZERO;
            for (Drawn p : prepaidShipped.values()) {
                drawn = p.customer() == customer ? drawn.add(p.amount()) : drawn;
            }
            BigDecimal onAccount = a == null ? BigDecimal.ZERO : a.onAccount;
            return onAccount.subtract(drawn).compareTo(amount) >= 0;
        }
        BigDecimal limit = a == null ? BigDecimal.ZERO : a.limit.add(a.temporary);
        BigDecimal covered = call == null || call.cancelled ? BigDecimal.ZERO : call.amount.subtract(call.shippedAmount).max(BigDecimal.ZERO);
        BigDecimal after = exposure(customer).add(amount.subtract(covered).max(BigDecimal.ZERO));
        boolean quantityOk = call == null || call.open() && quantity.compareTo(call.quantity.subtract(call.shippedQuantity)) <= 0;
        quantityOk &= deal == null || deal.quantity == null || quantity.compareTo(deal.quantity.subtract(deal.shipped)) <= 0;
        return (a == null || a.list != CreditListType.BLACK) && limit.signum() > 0 && after.compareTo(limit) <= 0
                && overdue(customer).signum() == 0 && deal != null && deal.status == ContractStatus.ACTIVE
                && !today.isBefore(deal.start) && !today.isAfter(deal.end) && quantityOk;
    }

    private BigDecimal exposure(int customer) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Bill b : bills) {
            if (b.customer == customer) {
                sum = sum.add(b.open());
            }
        }
        for (Map.Entry<List<Integer>, BigDecimal> e : uninvoiced.entrySet()) {
            if (e.getKey().get(0) == customer) {
                sum = sum.add(e.getValue());
            }
        }
        for (Call c : calls) {
            if (c.customer == customer && c.open()) {
                sum = sum.add(c.amount.subtract(c.shippedAmount));
            }
        }
        return sum;
    }

    private BigDecimal overdue(int customer) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Bill b : bills) {
            if (b.customer == customer && b.due.isBefore(today)) {
                sum = sum.add(b.open());
            }
        }
        return sum;
    }

    /** A dealer's sales of last year. */
    private BigDecimal sales(int customer) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Bill b : bills) {
            if (b.customer == customer && b.issue.getYear() == year - 1) {
                sum = sum.add(b.amount);
            }
        }
        return sum;
    }

    /** The rebate under the default tiers (1,000,000: 1%, 3,000,000: 2%, 5,000,000: 3%). */
    static BigDecimal rebate(BigDecimal sales) {
        long[] thresholds = {1_000_000, 3_000_000, 5_000_000};
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < thresholds.length; i++) {
            BigDecimal from = BigDecimal.valueOf(thresholds[i]);
            BigDecimal to = i + 1 < thresholds.length ? BigDecimal.valueOf(thresholds[i + 1]) : sales;
            BigDecimal slice = sales.min(to).subtract(from);
            if (slice.signum() > 0) {
                sum = sum.add(slice.multiply(BigDecimal.valueOf(i + 1)).movePointLeft(2));
            }
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    // ---- helpers

    private boolean group(int customer) {
        return customers.get(customer).relations().stream().anyMatch(r -> r.type() == RelationshipType.HOLDING);
    }

    private boolean dealer(Account a) {
        return customers.get(a.customer).roles().contains(PartyRole.DEALER);
    }

    private boolean is(Account a, String role) {
        return cases.getOrDefault(role, List.of()).contains(a.customer);
    }

    private void mark(String role, List<Integer> chosen) {
        cases.put(role, append(cases.getOrDefault(role, List.of()), chosen.toArray(Integer[]::new)));
    }

    private static List<Integer> append(List<Integer> list, Integer... more) {
        List<Integer> out = new ArrayList<>(list);
        for (Integer m : more) {
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    private static List<Integer> append(List<Integer> list, List<Integer> more) {
        return append(list, more.toArray(Integer[]::new));
    }

    private List<Integer> where(Predicate<Account> test) {
        List<Integer> out = new ArrayList<>();
        for (Account a : accounts.values()) {
            if (test.test(a)) {
                out.add(a.customer);
            }
        }
        return out;
    }

    /** Draws up to {@code n} accounts passing the test that carry no special case yet, and reserves them. */
    private List<Integer> take(int n, Predicate<Account> test) {
        List<Integer> found = where(a -> !special.contains(a.customer) && test.test(a));
        Collections.shuffle(found, rnd);
        List<Integer> out = List.copyOf(found.subList(0, Math.min(n, found.size())));
        special.addAll(out);
        return out;
    }

    private BigDecimal part(BigDecimal amount, int lowPercent, int highPercent) {
        return amount.multiply(BigDecimal.valueOf(between(lowPercent, highPercent))).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal units(double quantity, BigDecimal price) {
        return BigDecimal.valueOf(Math.max(1, Math.round(quantity / price.doubleValue()))).setScale(3);
    }

    private static BigDecimal round(BigDecimal amount, BigDecimal unit) {
        return amount.divide(unit, 0, RoundingMode.HALF_UP).multiply(unit);
    }

    private static Money yuan(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), Money.DEFAULT_CURRENCY);
    }

    private int between(int low, int high) {
        return low + rnd.nextInt(high - low + 1);
    }

    /** A day from {@code from} to {@code to} inclusive, or null when the range is empty. */
    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days < 0 ? null : from.plusDays((long) (rnd.nextDouble() * (days + 1)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
