package org.kehu.platform.core.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.spi.WorkflowDefinition;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowTransition;

class WorkflowRulesTest {

    private static final BigDecimal THREE_M = new BigDecimal("3000000");
    private static final BigDecimal TWENTY_M = new BigDecimal("20000000");

    /** A definition with the given states and transitions. */
    private record Def(String initialState, List<WorkflowState> states, List<WorkflowTransition> transitions)
            implements WorkflowDefinition {

        @Override
        public String id() {
            return "test";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public String name(Locale locale) {
            return "测试流程";
        }

        @Override
        public String subjectType() {
            return "contract";
        }
    }

    private static WorkflowState open(String id, String escalateTo) {
        return new WorkflowState(id, Map.of("zh-CN", id), false, null, escalateTo);
    }

    private static WorkflowState end(String id) {
        return new WorkflowState(id, Map.of("zh-CN", id), true, null, null);
    }

    private static WorkflowTransition t(String name, String from, String to, Set<String> roles, BigDecimal above,
            BigDecimal upTo) {
        return new WorkflowTransition(name, from, to, Map.of("zh-CN", name), roles, above, upTo, false);
    }

    private static WorkflowTransition t(String name, String from, String to, String... roles) {
        return t(name, from, to, Set.of(roles), null, null);
    }

    private static Actor actor(String user, String... roles) {
        return new Actor(user, Set.of(roles), null);
    }

    /** 合同审批 in miniature: review, then a decision bounded by amount. */
    private static Def sound() {
        return new Def("review",
                List.of(open("review", "general-manager"), open("decision", "chairman"), end("approved"),
                        end("rejected"), end("withdrawn")),
                List.of(t("pass", "review", "decision", "legal"),
                        t("withdraw", "review", "withdrawn", WorkflowTransition.STARTER),
                        t("approve", "decision", "approved", Set.of("general-manager"), null, THREE_M),
                        t("approve", "decision", "approved", Set.of("gm-office"), THREE_M, TWENTY_M),
                        t("refer-group", "decision", "approved", Set.of("group"), TWENTY_M, null),
                        t("reject", "decision", "rejected", Set.of("general-manager"), null, THREE_M),
                        t("withdraw", "decision", "withdrawn", WorkflowTransition.STARTER)));
    }

    // --- fits ---

    @ParameterizedTest(name = "{0} in (3000000, 20000000] -> {1}")
    @CsvSource({
            "0, false",
            "2999999.99, false",
            "3000000, false", // the lower bound is exclusive
            "3000000.00, false",
            "3000000.01, true",
            "19999999.99, true",
            "20000000, true", // the upper bound is inclusive
            "20000000.000, true",
            "20000000.01, false",
            "-1, false" })
    void fitsBothBounds(String amount, boolean fits) {
        assertEquals(fits, WorkflowRules.fits(t("approve", "a", "b", Set.of("gm-office"), THREE_M, TWENTY_M),
                new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "{0} up to 3000000 -> {1}")
    @CsvSource({ "-5, true", "0, true", "3000000, true", "3000000.01, false" })
    void fitsOnlyAnUpperBound(String amount, boolean fits) {
        assertEquals(fits, WorkflowRules.fits(t("approve", "a", "b", Set.of("gm"), null, THREE_M),
                new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "{0} above 20000000 -> {1}")
    @CsvSource({ "20000000, false", "20000000.01, true", "999999999999, true" })
    void fitsOnlyALowerBound(String amount, boolean fits) {
        assertEquals(fits, WorkflowRules.fits(t("refer", "a", "b", Set.of("gm"), TWENTY_M, null),
                new BigDecimal(amount)));
    }

    @Test
    void aNullAmountFitsOnlyAnUnboundedTransition() {
        assertTrue(WorkflowRules.fits(t("pass", "a", "b", "legal"), null));
        assertTrue(WorkflowRules.fits(t("pass", "a", "b", "legal"), BigDecimal.ONE));
        assertFalse(WorkflowRules.fits(t("approve", "a", "b", Set.of("gm"), null, THREE_M), null));
        assertFalse(WorkflowRules.fits(t("refer", "a", "b", Set.of("gm"), TWENTY_M, null), null));
        assertFalse(WorkflowRules.fits(t("approve", "a", "b", Set.of("gm"), THREE_M, TWENTY_M), null));
    }

    // --- mayTake ---

    @Test
    void mayTakeByOneOfTheRoles() {
        WorkflowTransition pass = t("pass", "review", "decision", "legal", "finance");
        assertTrue(WorkflowRules.mayTake(actor("张法务", "legal"), pass, null, "李经理"));
        assertTrue(WorkflowRules.mayTake(actor("王财务", "user", "finance"), pass, null, "李经理"));
        assertFalse(WorkflowRules.mayTake(actor("赵销售", "user", "manager"), pass, null, "李经理"));
        assertFalse(WorkflowRules.mayTake(actor("无角色"), pass, null, "李经理"));
    }

    @Test
    void mayTakeByTheEscalationRole() {
        WorkflowTransition pass = t("pass", "review", "decision", "legal");
        Actor chairman = actor("陈董事长", "chairman");
        assertTrue(WorkflowRules.mayTake(chairman, pass, "chairman", "李经理"));
        assertFalse(WorkflowRules.mayTake(chairman, pass, null, "李经理"));
        assertFalse(WorkflowRules.mayTake(chairman, pass, "general-manager", "李经理"));
    }

    @Test
    void theStarterPseudoRoleIsOnlyForTheUserWhoStarted() {
        WorkflowTransition withdraw = t("withdraw", "review", "withdrawn", WorkflowTransition.STARTER);
        assertTrue(WorkflowRules.mayTake(actor("李经理", "user"), withdraw, null, "李经理"));
        assertFalse(WorkflowRules.mayTake(actor("赵销售", "user"), withdraw, null, "李经理"));
        assertFalse(WorkflowRules.mayTake(actor("李经理", "user"), withdraw, null, null));
    }

    @Test
    void theEscalationRoleMayNotWithdrawForTheStarter() {
        WorkflowTransition withdraw = t("withdraw", "review", "withdrawn", WorkflowTransition.STARTER);
        assertFalse(WorkflowRules.mayTake(actor("王董事长", "chairman"), withdraw, "chairman", "李经理"));
        assertTrue(WorkflowRules.mayTake(actor("李经理", "account-manager"), withdraw, "chairman", "李经理"));
    }

    @Test
    void aRealmRoleNamedStarterDoesNotMakeSomeoneTheStarter() {
        WorkflowTransition withdraw = t("withdraw", "review", "withdrawn", WorkflowTransition.STARTER);
        assertFalse(WorkflowRules.mayTake(actor("赵销售", WorkflowTransition.STARTER), withdraw, null, "李经理"));
    }

    @Test
    void theStarterMayNotTakeATransitionThatDoesNotNameTheStarter() {
        WorkflowTransition pass = t("pass", "review", "decision", "legal");
        assertFalse(WorkflowRules.mayTake(actor("李经理", "user"), pass, null, "李经理"));
    }

    // --- options and candidates ---

    private static Set<String> names(List<WorkflowTransition> ts) {
        return ts.stream().map(x -> x.name() + "/" + String.join(",", x.roles())).collect(Collectors.toSet());
    }

    @Test
    void optionsRespectRolesBoundsAndTheStarter() {
        Def d = sound();
        assertEquals(Set.of("approve/general-manager", "reject/general-manager"),
                names(WorkflowRules.options(d, "decision", THREE_M, null, "李经理", actor("孙总", "general-manager"))));
        assertEquals(Set.of(), names(WorkflowRules.options(d, "decision", new BigDecimal("3000000.01"), null,
                "李经理", actor("孙总", "general-manager"))));
        assertEquals(Set.of("approve/gm-office"), names(WorkflowRules.options(d, "decision",
                new BigDecimal("3000000.01"), null, "李经理", actor("总经办", "gm-office"))));
        assertEquals(Set.of("withdraw/starter"), names(WorkflowRules.options(d, "decision", THREE_M, null, "李经理",
                actor("李经理", "user"))));
        assertEquals(Set.of(), names(WorkflowRules.options(d, "decision", THREE_M, null, "李经理",
                actor("赵销售", "user"))));
        // the escalation role may take every fitting transition of the state but the starter's own
        assertEquals(Set.of("approve/general-manager", "reject/general-manager"),
                names(WorkflowRules.options(d, "decision", THREE_M, "chairman", "李经理", actor("陈董事长", "chairman"))));
        assertEquals(Set.of(), names(WorkflowRules.options(d, "approved", THREE_M, "chairman", "李经理",
                actor("陈董事长", "chairman"))));
    }

    @Test
    void candidatesAreTheRolesOfTheFittingTransitionsButNeverTheStarter() {
        Def d = sound();
        assertEquals(Set.of("general-manager"), WorkflowRules.candidates(d, "decision", THREE_M, null));
        assertEquals(Set.of("gm-office"),
                WorkflowRules.candidates(d, "decision", new BigDecimal("3000000.01"), null));
        assertEquals(Set.of("gm-office"), WorkflowRules.candidates(d, "decision", TWENTY_M, null));
        assertEquals(Set.of("group"), WorkflowRules.candidates(d, "decision", new BigDecimal("20000000.01"), null));
        assertEquals(Set.of(), WorkflowRules.candidates(d, "decision", null, null));
        assertEquals(Set.of("legal"), WorkflowRules.candidates(d, "review", null, null));
        assertFalse(WorkflowRules.candidates(d, "review", null, null).contains(WorkflowTransition.STARTER));
    }

    @Test
    void theStarterIsNotACandidateEvenWhenItIsListedLast() {
        Def d = new Def("a", List.of(open("a", null), end("b"), end("c")),
                List.of(t("pass", "a", "b", "legal"), t("withdraw", "a", "c", WorkflowTransition.STARTER)));
        assertEquals(Set.of("legal"), WorkflowRules.candidates(d, "a", null, null));
        Def onlyStarter = new Def("a", List.of(open("a", null), end("c")),
                List.of(t("withdraw", "a", "c", WorkflowTransition.STARTER)));
        assertEquals(Set.of(), WorkflowRules.candidates(onlyStarter, "a", null, null));
    }

    @Test
    void theEscalationRoleIsACandidateOnlyWhileTheStateHasTransitions() {
        Def d = sound();
        assertEquals(Set.of("chairman", "general-manager"), WorkflowRules.candidates(d, "decision", THREE_M, "chairman"));
        assertEquals(Set.of(), WorkflowRules.candidates(d, "approved", THREE_M, "chairman"));
        // the state has transitions even if none fits the (missing) amount
        assertEquals(Set.of("chairman"), WorkflowRules.candidates(d, "decision", null, "chairman"));
    }

    // --- problems ---

    @Test
    void aSoundDefinitionHasNoProblems() {
        assertEquals(List.of(), WorkflowRules.problems(sound()));
    }

    @Test
    void anUnknownInitialStateIsAProblem() {
        Def d = new Def("draft", sound().states(), sound().transitions());
        List<String> p = WorkflowRules.problems(d);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("draft"), p.toString());
    }

    @Test
    void aTransitionToAnUnknownStateIsAProblem() {
        Def d = new Def("a", List.of(open("a", null), end("b")), List.of(t("pass", "a", "archived", "legal")));
        List<String> p = WorkflowRules.problems(d);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("pass") && p.get(0).contains("archived"), p.toString());
    }

    @Test
    void aTransitionFromAnUnknownStateIsAProblem() {
        Def d = new Def("a", List.of(open("a", null), end("b")), List.of(t("pass", "ghost", "b", "legal")));
        assertEquals(1, WorkflowRules.problems(d).size());
    }

    @Test
    void aTransitionLeavingATerminalStateIsAProblem() {
        Def d = new Def("a", List.of(open("a", null), end("b")),
                List.of(t("pass", "a", "b", "legal"), t("reopen", "b", "a", "legal")));
        List<String> p = WorkflowRules.problems(d);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("reopen") && p.get(0).contains("terminal"), p.toString());
    }

    @Test
    void aTransitionWithoutRolesIsAProblem() {
        Def d = new Def("a", List.of(open("a", null), end("b")), List.of(t("pass", "a", "b", Set.of(), null, null)));
        List<String> p = WorkflowRules.problems(d);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("no role"), p.toString());
        Def nullRoles = new Def("a", List.of(open("a", null), end("b")),
                List.of(t("pass", "a", "b", null, null, null)));
        assertEquals(1, WorkflowRules.problems(nullRoles).size());
    }

    @Test
    void aStateDefinedTwiceIsAProblem() {
        Def d = new Def("a", List.of(open("a", null), end("b"), end("b")), List.of(t("pass", "a", "b", "legal")));
        List<String> p = WorkflowRules.problems(d);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("twice"), p.toString());
    }

    @Test
    void everyProblemIsReported() {
        Def d = new Def("draft", List.of(open("a", null), end("b"), end("b")),
                List.of(t("pass", "a", "nowhere", Set.of(), null, null), t("reopen", "b", "a", "legal")));
        // unknown initial state, b twice, pass to an unknown state, pass without roles, reopen leaving b
        assertEquals(5, WorkflowRules.problems(d).size(), WorkflowRules.problems(d).toString());
    }

    @Test
    void aMissingInitialStateIsAProblemNotACrash() {
        Def d = new Def(null, sound().states(), sound().transitions());
        assertEquals(1, WorkflowRules.problems(d).size());
    }

    // --- encode / decode ---

    @Test
    void dataSurvivesARoundTrip() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("reason", "客户扩大采购，需要提高授信额度");
        data.put("formula", "a=b:c#d!e");
        data.put("plan", "第一步：走访客户\n第二步：签订合同\r\n第三步 = 回款");
        data.put("key=with:odd#chars", "值");
        data.put("#comment-like", "# 不是注释");
        data.put("empty", "");
        data.put("spaces", "  前后空格  ");
        data.put("backslash", "C:\\客户\\合同");
        String text = WorkflowRules.encode(data);
        assertEquals(data, WorkflowRules.decode(text));
    }

    @Test
    void encodedDataIsSortedByKeyAndHasNoTimestampComment() {
        Map<String, String> data = new HashMap<>();
        data.put("zeta", "3");
        data.put("alpha", "1");
        data.put("mid", "2");
        assertEquals("alpha=1\nmid=2\nzeta=3\n", WorkflowRules.encode(data));
    }

    @Test
    void emptyDataIsStoredAsNullAndReadBackEmpty() {
        assertNull(WorkflowRules.encode(null));
        assertNull(WorkflowRules.encode(Map.of()));
        assertEquals(Map.of(), WorkflowRules.decode(null));
        assertEquals(Map.of(), WorkflowRules.decode(""));
    }
}
