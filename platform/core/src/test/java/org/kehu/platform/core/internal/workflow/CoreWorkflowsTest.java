package org.kehu.platform.core.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.grading.GradingService;
import org.kehu.platform.api.ledger.CreditProfile;
import org.kehu.platform.api.ledger.CreditService;
import org.kehu.platform.api.spi.WorkflowDefinition;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowSubject;
import org.kehu.platform.api.spi.WorkflowTransition;
import org.kehu.platform.core.internal.ledger.Ledger;
import org.kehu.platform.core.internal.ledger.LedgerSettings;
import org.kehu.platform.core.internal.service.CustomerServiceImpl;

class CoreWorkflowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private Ledger ledger;
    private CreditService credit;
    private WorkflowSettings settings;

    @BeforeEach
    void setUp() {
        ledger = mock(Ledger.class);
        when(ledger.settings()).thenReturn(new LedgerSettings().values());
        when(ledger.today()).thenReturn(TODAY);
        credit = mock(CreditService.class);
        when(credit.profile(any(), anyLong())).thenReturn(new CreditProfile(42L, null, Money.cny("800000"), null, null,
                30, List.of(), null, null, null, null, null, null, null, null, null, null, 3L));
        settings = new WorkflowSettings();
    }

    private List<WorkflowDefinition> all() {
        return List.of(new ContractApprovalWorkflow(ledger, settings),
                new CreditRequestWorkflow(ledger, credit, settings),
                new DClassContinuationWorkflow(ledger, mock(GradingService.class), settings),
                new FreezeWorkflow(ledger, mock(CustomerServiceImpl.class), settings),
                new KeyAccountReviewWorkflow(settings));
    }

    static Stream<String> ids() {
        return Stream.of(ContractApprovalWorkflow.ID, CreditRequestWorkflow.ID, DClassContinuationWorkflow.ID,
                FreezeWorkflow.ID, KeyAccountReviewWorkflow.ID);
    }

    private WorkflowDefinition definition(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    // --- every core definition ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void isSound(String id) {
        assertEquals(List.of(), WorkflowRules.problems(definition(id)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void startsInItsFirstStateWhichIsNotTerminal(String id) {
        WorkflowDefinition d = definition(id);
        assertEquals(d.states().get(0).id(), d.initialState());
        assertFalse(d.states().get(0).terminal());
        assertFalse(WorkflowRules.from(d, d.initialState()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void terminalStatesHaveNoOutgoingTransitionsAndOthersHave(String id) {
        WorkflowDefinition d = definition(id);
        for (WorkflowState s : d.states()) {
            assertEquals(s.terminal(), WorkflowRules.from(d, s.id()).isEmpty(), s.id());
        }
        assertTrue(d.states().stream().anyMatch(WorkflowState::terminal));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyStateIsReachableFromTheInitialState(String id) {
        WorkflowDefinition d = definition(id);
        Set<String> reached = new HashSet<>(Set.of(d.initialState()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (WorkflowTransition t : d.transitions()) {
                if (reached.contains(t.from()) && reached.add(t.to())) {
                    grew = true;
                }
            }
        }
        // a contract's cancellation ends its approval from outside the workflow
        reached.addAll(d.id().equals(ContractApprovalWorkflow.ID) ? Set.of(ContractApprovalWorkflow.CANCELLED) : Set.of());
        assertEquals(d.states().stream().map(WorkflowState::id).collect(Collectors.toSet()), reached);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void hasNamesInChineseAndEnglish(String id) {
        WorkflowDefinition d = definition(id);
        assertTrue(d.name(Locale.SIMPLIFIED_CHINESE).codePoints().anyMatch(c -> c > 0x4e00), d.name(Locale.CHINA));
        assertTrue(d.name(Locale.ENGLISH).chars().allMatch(c -> c < 128), d.name(Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void escalationRolesAreRolesOfTheDefinitionAndTheStarterIsNeverOne(String id) {
        WorkflowDefinition d = definition(id);
        for (WorkflowState s : d.states()) {
            assertFalse(WorkflowTransition.STARTER.equals(s.escalateTo()), s.id());
            if (s.terminal()) {
                assertNull(s.escalateTo(), s.id());
            }
        }
    }

    // --- contract approval ---

    private static Set<String> fitting(WorkflowDefinition d, String state, BigDecimal amount) {
        return WorkflowRules.from(d, state).stream().filter(t -> WorkflowRules.fits(t, amount))
                .map(t -> t.name() + "/" + String.join(",", t.roles())).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "0.01           | approve/general-manager, reject/general-manager",
            "3000000        | approve/general-manager, reject/general-manager",
            "3000000.00     | approve/general-manager, reject/general-manager",
            "3000000.01     | approve/gm-office, reject/gm-office",
            "20000000       | approve/gm-office, reject/gm-office",
            "20000000.01    | refer-group/gm-office, reject/gm-office",
            "500000000      | refer-group/gm-office, reject/gm-office" })
    void contractDecisionsByAmount(String amount, String expected) {
        Set<String> want = new HashSet<>(List.of(expected.split(",\\s*")));
        want.add("withdraw/" + WorkflowTransition.STARTER);
        assertEquals(want, fitting(new ContractApprovalWorkflow(ledger, settings), ContractApprovalWorkflow.DECISION,
                new BigDecimal(amount)));
    }

    @Test
    void contractDecisionCandidatesByAmount() {
        ContractApprovalWorkflow d = new ContractApprovalWorkflow(ledger, settings);
        assertEquals(Set.of("general-manager"), WorkflowRules.candidates(d, "decision", new BigDecimal("3000000"), null));
        assertEquals(Set.of("gm-office"), WorkflowRules.candidates(d, "decision", new BigDecimal("3000000.01"), null));
        assertEquals(Set.of("gm-office"), WorkflowRules.candidates(d, "decision", new BigDecimal("20000000.01"), null));
        assertEquals(Set.of("group"), WorkflowRules.candidates(d, "group-decision", new BigDecimal("20000000.01"), null));
    }

    @Test
    void contractThresholdsFollowTheLedgerSettings() throws Exception {
        LedgerSettings ls = new LedgerSettings();
        java.util.Hashtable<String, Object> p = new java.util.Hashtable<>();
        p.put("contract.approval.officeMeeting.above", "1000000");
        p.put("contract.approval.group.above", "5000000");
        ls.updated(p);
        when(ledger.settings()).thenReturn(ls.values());
        ContractApprovalWorkflow d = new ContractApprovalWorkflow(ledger, settings);
        assertTrue(fitting(d, "decision", new BigDecimal("1000000")).contains("approve/general-manager"));
        assertTrue(fitting(d, "decision", new BigDecimal("1000000.01")).contains("approve/gm-office"));
        assertTrue(fitting(d, "decision", new BigDecimal("5000000.01")).contains("refer-group/gm-office"));
    }

    @Test
    void contractDeadlinesComeFromTheSettings() throws Exception {
        ContractApprovalWorkflow d = new ContractApprovalWorkflow(ledger, settings);
        WorkflowSubject subject = new WorkflowSubject("contract", 1L, 42L, new BigDecimal("100"), Map.of());
        assertEquals(Duration.ofDays(3), d.dueWithin(subject, state(d, "production-safety-review")));
        assertEquals(Duration.ofDays(3), d.dueWithin(subject, state(d, "finance-audit-review")));
        assertEquals(Duration.ofDays(7), d.dueWithin(subject, state(d, "decision")));
        assertNull(d.dueWithin(subject, state(d, "group-decision")));
        assertNull(d.dueWithin(subject, state(d, "approved")));
        settings.updated(props("workflow.contract-approval.decision.due", ""));
        assertNull(d.dueWithin(subject, state(d, "decision")));
    }

    private static WorkflowState state(WorkflowDefinition d, String id) {
        return WorkflowRules.state(d, id).orElseThrow();
    }

    private static java.util.Hashtable<String, Object> props(String key, String value) {
        java.util.Hashtable<String, Object> h = new java.util.Hashtable<>();
        h.put(key, value);
        return h;
    }

    // --- key account review ---

    private static Map<String, Object> form() {
        Map<String, Object> data = new HashMap<>();
        data.put("needs", "年采购钢材约五千吨，希望锁定季度价格");
        data.put("project", "华东物流园二期建设");
        data.put("problems", "竞争对手报价低百分之三");
        data.put("strategy", "以账期和配送服务取胜");
        return data;
    }

    private static WorkflowSubject customer(BigDecimal amount, Map<String, Object> data) {
        return new WorkflowSubject("customer", 42L, null, amount, data);
    }

    private static Set<String> fields(ValidationException e) {
        return e.getErrors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void keyAccountReviewAcceptsACompleteFormAtTheMinimum() {
        KeyAccountReviewWorkflow d = new KeyAccountReviewWorkflow(settings);
        WorkflowSubject s = d.prepare(customer(new BigDecimal("10000"), form()));
        assertEquals(42L, s.id());
        assertEquals(Long.valueOf(42L), s.customerId());
        assertEquals(new BigDecimal("10000"), s.amount());
        assertEquals("华东物流园二期建设", s.data().get("project"));
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = { "needs", "project", "problems", "strategy" })
    void keyAccountReviewRefusesAMissingFormField(String field) {
        Map<String, Object> data = form();
        data.remove(field);
        ValidationException e = assertThrows(ValidationException.class,
                () -> new KeyAccountReviewWorkflow(settings).prepare(customer(new BigDecimal("50000"), data)));
        assertEquals(Set.of("data." + field), fields(e));
    }

    @Test
    void keyAccountReviewRefusesBlankAndOverlongFieldsAndReportsThemAll() {
        Map<String, Object> data = form();
        data.put("needs", "   ");
        data.put("strategy", "策".repeat(2001));
        data.remove("project");
        ValidationException e = assertThrows(ValidationException.class,
                () -> new KeyAccountReviewWorkflow(settings).prepare(customer(null, data)));
        assertEquals(Set.of("data.needs", "data.project", "data.strategy", "amount"), fields(e));
    }

    @Test
    void keyAccountReviewAcceptsAFieldOfExactlyTheMaximumLength() {
        Map<String, Object> data = form();
        data.put("strategy", "策".repeat(2000));
        new KeyAccountReviewWorkflow(settings).prepare(customer(new BigDecimal("10000"), data));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = { "9999.99", "0", "-10000" })
    void keyAccountReviewRefusesAnAmountBelowTheMinimum(String amount) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new KeyAccountReviewWorkflow(settings).prepare(customer(new BigDecimal(amount), form())));
        assertEquals(Set.of("amount"), fields(e));
    }

    @Test
    void keyAccountReviewMinimumFollowsTheSettings() throws Exception {
        settings.updated(props("workflow.key-account-review.minimum", "50000"));
        KeyAccountReviewWorkflow d = new KeyAccountReviewWorkflow(settings);
        assertThrows(ValidationException.class, () -> d.prepare(customer(new BigDecimal("49999.99"), form())));
        d.prepare(customer(new BigDecimal("50000"), form()));
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
            "10000, manager-review, ",
            "99999.99, manager-review, ",
            "100000, manager-review, P14D",
            "100000.00, director-review, P14D",
            "5000000, decision, P14D",
            "5000000, approved, ",
            "5000000, declined, " })
    void keyAccountReviewDeadlineOnlyForLargeDeals(String amount, String state, String due) {
        KeyAccountReviewWorkflow d = new KeyAccountReviewWorkflow(settings);
        assertEquals(due == null ? null : Duration.parse(due),
                d.dueWithin(customer(new BigDecimal(amount), form()), state(d, state)));
    }

    @Test
    void keyAccountReviewWithoutAmountHasNoDeadline() {
        KeyAccountReviewWorkflow d = new KeyAccountReviewWorkflow(settings);
        assertNull(d.dueWithin(customer(null, form()), state(d, "manager-review")));
    }

    // --- credit request ---

    private static Map<String, Object> request(String kind, String... keyValues) {
        Map<String, Object> data = new HashMap<>();
        data.put("reason", "客户新签年度框架合同，采购量翻倍");
        if (kind != null) {
            data.put("kind", kind);
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            data.put(keyValues[i], keyValues[i + 1]);
        }
        return data;
    }

    private CreditRequestWorkflow creditRequest() {
        return new CreditRequestWorkflow(ledger, credit, settings);
    }

    private ValidationException refused(BigDecimal amount, Map<String, Object> data) {
        return assertThrows(ValidationException.class, () -> creditRequest().prepare(customer(amount, data)));
    }

    @ParameterizedTest(name = "kind {0}")
    @ValueSource(strings = { "PERMANENT", "", "授信", "LIMITS" })
    void creditRequestRefusesAnUnknownKind(String kind) {
        assertEquals(Set.of("data.kind"), fields(refused(new BigDecimal("100000"), request(kind))));
    }

    @Test
    void creditRequestRefusesAMissingKindAndReason() {
        Map<String, Object> data = request(null);
        data.remove("reason");
        assertEquals(Set.of("data.kind", "data.reason"), fields(refused(new BigDecimal("100000"), data)));
    }

    @Test
    void creditRequestAcceptsALimitAndRecordsTheCurrentProfile() {
        WorkflowSubject s = creditRequest().prepare(customer(new BigDecimal("1500000"), request(" limit ")));
        assertEquals("LIMIT", s.data().get("kind"));
        assertEquals(new BigDecimal("1500000"), s.amount());
        assertEquals("800000", s.data().get("currentLimit"));
        assertEquals("30", s.data().get("currentPaymentTermDays"));
        assertEquals(Long.valueOf(42L), s.customerId());
    }

    @ParameterizedTest(name = "{0} amount {1}")
    @CsvSource({ "LIMIT, 0", "LIMIT, -1", "TEMPORARY, 0", "LIMIT, " })
    void creditRequestRefusesAMissingOrNonPositiveAmount(String kind, String amount) {
        Map<String, Object> data = request(kind, "expiresOn", TODAY.plusDays(30).toString());
        assertEquals(Set.of("amount"), fields(refused(amount == null ? null : new BigDecimal(amount), data)));
    }

    @Test
    void creditRequestRefusesATemporaryCreditWithoutExpiry() {
        assertEquals(Set.of("data.expiresOn"), fields(refused(new BigDecimal("200000"), request("TEMPORARY"))));
    }

    @Test
    void creditRequestRefusesATemporaryCreditExpiringInThePast() {
        ValidationException e = refused(new BigDecimal("200000"),
                request("TEMPORARY", "expiresOn", TODAY.minusDays(1).toString()));
        assertEquals(Set.of("data.expiresOn"), fields(e));
        assertTrue(e.getErrors().get(0).message().contains("past"), e.getErrors().toString());
    }

    @Test
    void creditRequestRefusesAGarbledExpiry() {
        assertEquals(Set.of("data.expiresOn"),
                fields(refused(new BigDecimal("200000"), request("TEMPORARY", "expiresOn", "2026年12月31日"))));
    }

    @Test
    void creditRequestAcceptsATemporaryCreditExpiringToday() {
        WorkflowSubject s = creditRequest().prepare(customer(new BigDecimal("200000"),
                request("temporary", "expiresOn", TODAY.toString())));
        assertEquals("TEMPORARY", s.data().get("kind"));
        assertEquals(new BigDecimal("200000"), s.amount());
    }

    @ParameterizedTest(name = "paymentTermDays {0}")
    @ValueSource(strings = { "366", "-1", "9999", "三十", "30.5" })
    void creditRequestRefusesAnInvalidTerm(String days) {
        assertEquals(Set.of("data.paymentTermDays"),
                fields(refused(null, request("TERM", "paymentTermDays", days))));
    }

    @Test
    void creditRequestRefusesATermWithoutDays() {
        assertEquals(Set.of("data.paymentTermDays"), fields(refused(null, request("TERM"))));
    }

    @ParameterizedTest(name = "paymentTermDays {0}")
    @ValueSource(strings = { "0", "60", "365" })
    void creditRequestRoutesATermByTheCurrentLimit(String days) {
        WorkflowSubject s = creditRequest().prepare(customer(null, request("TERM", "paymentTermDays", days)));
        assertEquals(new BigDecimal("800000"), s.amount());
        assertEquals(days, s.data().get("paymentTermDays"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "1000000    | approve/manager, reject/manager",
            "1000000.01 | approve/general-manager, reject/general-manager" })
    void creditDecisionsByAmount(String amount, String expected) {
        Set<String> want = new HashSet<>(List.of(expected.split(",\\s*")));
        want.add("withdraw/" + WorkflowTransition.STARTER);
        assertEquals(want, fitting(creditRequest(), "decision", new BigDecimal(amount)));
    }

    @Test
    void creditRequestManagerLimitFollowsTheSettings() throws Exception {
        settings.updated(props("workflow.credit-request.manager.upTo", "200000"));
        assertTrue(fitting(creditRequest(), "decision", new BigDecimal("200000.01"))
                .contains("approve/general-manager"));
    }

    @Test
    void theCreditReviewAndTheDecisionHaveDeadlines() {
        CreditRequestWorkflow d = creditRequest();
        WorkflowSubject s = customer(new BigDecimal("1"), Map.of());
        assertEquals(Duration.ofDays(2), d.dueWithin(s, state(d, "credit-review")));
        assertEquals(Duration.ofDays(5), d.dueWithin(s, state(d, "decision")));
        assertNull(d.dueWithin(s, state(d, "approved")));
    }

    @Test
    void theActorUsedToReadTheProfileIsTheSystem() {
        creditRequest().prepare(customer(new BigDecimal("1"), request("LIMIT")));
        org.mockito.Mockito.verify(credit).profile(Actor.SYSTEM, 42L);
    }
}
