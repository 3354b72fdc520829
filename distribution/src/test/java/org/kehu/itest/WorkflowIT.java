package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.kehu.itest.Bodies.cny;
import static org.kehu.itest.Bodies.fields;
import static org.kehu.itest.Bodies.object;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.api.spi.KehuEventListener;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workflow engine over HTTP with the core workflows: contract approval routed by amount and required before a
 * contract becomes active, credit requests granted on approval under the credit rules, freeze with its
 * preconditions, D-class continuation after a grading run, key account reviews escalating when a large deal waits,
 * the callers' task lists, roles enforced, comments and the full history.
 */
public class WorkflowIT extends KehuTestSupport {

    private static final String ADMIN = "admin";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configurations;

    private Http http;

    @Before
    public void connect() {
        http = new Http(baseUrl() + "/api/v1");
    }

    @Test
    public void contractApprovalIsRoutedByAmountAndRequiredForActivation() {
        List<KehuEvent> events = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(KehuEventListener.TOPICS, "org/kehu/workflow/ENDED");
        ServiceRegistration<KehuEventListener> listener = context.registerService(KehuEventListener.class, events::add,
                topics);
        try {
            long customer = customer("武汉江城商砼有限公司");
            Http.Reply direct = http.post("/contracts", ADMIN, Http.json(contract(customer, "2000000.00", "ACTIVE")));
            assertEquals(direct.toString(), 400, direct.status());
            assertTrue(direct.toString(), fields(direct).contains("status"));

            long contract = created("/contracts", contract(customer, "2000000.00", null)).get("id").asLong();
            JsonNode approval = approval(contract);
            long id = approval.get("id").asLong();
            assertEquals("production-safety-review", approval.get("state").asText());
            assertEquals("2000000.00", approval.get("amount").get("amount").asText());
            assertEquals("GENERAL_MANAGER", approval.get("data").get("approvalLevel").asText());
            assertNotNull(approval.toString(), approval.get("dueAt"));

            Http.Reply early = http.put("/contracts/" + contract + "/status", ADMIN, Http.json(object("status", "ACTIVE",
                    "version", get("/contracts/" + contract).get("version").asLong())));
            assertEquals(early.toString(), 409, early.status());
            assertTrue(early.toString(), early.json().get("detail").asText().contains("not approved"));

            assertTrue(tasks("safety1").contains(id));
            assertFalse(tasks("audit1").contains(id));
            assertFalse(tasks("am2").contains(id));

            // the wrong role, a missing comment, an unknown transition and a stale version change nothing
            Http.Reply wrongRole = take(id, "pass", "audit1", null, null);
            assertEquals(wrongRole.toString(), 403, wrongRole.status());
            assertEquals("application/problem+json", wrongRole.contentType());
            assertTrue(wrongRole.toString(), wrongRole.json().get("detail").asText().contains("production-safety"));
            Http.Reply noComment = take(id, "reject", "safety1", null, null);
            assertEquals(noComment.toString(), 400, noComment.status());
            assertTrue(noComment.toString(), fields(noComment).contains("comment"));
            assertEquals(404, take(id, "approve", "safety1", null, null).status());
            long version = instance(id, "safety1").get("version").asLong();
            assertEquals(409, take(id, "pass", "safety1", null, version + 1).status());
            assertEquals("production-safety-review", instance(id, ADMIN).get("state").asText());

            assertEquals("finance-audit-review", ok(take(id, "pass", "safety1", "合同条款合规", version)).get("state").asText());
            assertEquals(201, http.post("/workflows/instances/" + id + "/comments", "am1",
                    Http.json(object("text", "客户要求本月内签订"))).status());
            assertEquals("risk-review", ok(take(id, "pass", "audit1", "付款条件可接受", null)).get("state").asText());
            assertEquals("decision", ok(take(id, "pass", "risk1", "风险可控", null)).get("state").asText());
            // two million is the general manager's: the office meeting may not decide it
            assertEquals(403, take(id, "approve", "office", null, null).status());
            JsonNode options = instance(id, "gm").get("transitions");
            assertEquals(options.toString(), List.of("approve", "reject"), names(options));
            JsonNode approved = ok(take(id, "approve", "gm", "同意签订", null));
            assertEquals("approved", approved.get("state").asText());
            assertFalse(approved.get("open").asBoolean());
            assertEquals(409, take(id, "reject", "gm", "改变主意", null).status());

            List<String> steps = new ArrayList<>();
            for (JsonNode step : get("/workflows/instances/" + id + "/history")) {
                steps.add(step.get("kind").asText() + ":" + step.get("actor").asText() + ":"
                        + step.path("toState").asText(""));
            }
            assertEquals(List.of("STARTED:admin:production-safety-review", "TRANSITION:safety1:finance-audit-review",
                    "COMMENT:am1:", "TRANSITION:audit1:risk-review", "TRANSITION:risk1:decision",
                    "TRANSITION:gm:approved"), steps);
            Http.Reply active = http.put("/contracts/" + contract + "/status", ADMIN, Http.json(object("status", "ACTIVE",
                    "version", get("/contracts/" + contract).get("version").asLong())));
            assertEquals(active.toString(), 200, active.status());
            awaitEvent(events, id);

            // above twenty million: the office meeting refers it to the group, the general manager may not approve
            long large = created("/contracts", contract(customer, "25000000.00", null)).get("id").asLong();
            long groupId = approval(large).get("id").asLong();
            ok(take(groupId, "pass", "safety1", null, null));
            ok(take(groupId, "pass", "audit1", null, null));
            ok(take(groupId, "pass", "risk1", null, null));
            Http.Reply gm = take(groupId, "approve", "gm", null, null);
            assertEquals(gm.toString(), 409, gm.status());
            assertTrue(gm.toString(), gm.json().get("detail").asText().contains("refer-group"));
            assertEquals("group-decision", ok(take(groupId, "refer-group", "office", "办公会通过", null)).get("state").asText());
            assertTrue(tasks("group1").contains(groupId));
            assertEquals("approved", ok(take(groupId, "approve", "group1", "集团批准", null)).get("state").asText());

            // cancelling a draft ends its approval: nobody reviews a dead contract
            long dropped = created("/contracts", contract(customer, "600000.00", null)).get("id").asLong();
            long droppedApproval = approval(dropped).get("id").asLong();
            Http.Reply cancelled = http.put("/contracts/" + dropped + "/status", ADMIN, Http.json(object("status",
                    "CANCELLED", "reason", "客户取消采购", "version", get("/contracts/" + dropped).get("version").asLong())));
            assertEquals(cancelled.toString(), 200, cancelled.status());
            JsonNode ended = instance(droppedApproval, ADMIN);
            assertEquals("cancelled", ended.get("state").asText());
            assertFalse(ended.get("open").asBoolean());
            assertFalse(tasks("safety1").contains(droppedApproval));

            JsonNode definition = get("/workflows/definitions/contract-approval");
            assertEquals("contract", definition.get("subjectType").asText());
            assertTrue(definition.toString(), definition.toString().contains("\"amountUpTo\":\"3000000\""));
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void creditRequestsAreGrantedOnApprovalUnderTheCreditRules() {
        long customer = customer("鄂州华达建材贸易有限公司");
        Http.Reply bad = start("credit-request", customer, null, Map.of("kind", "MORE"), "am1");
        assertEquals(bad.toString(), 400, bad.status());
        assertTrue(bad.toString(), fields(bad).containsAll(List.of("data.kind", "data.reason")));

        long first = created(start("credit-request", customer, cny("800000.00"),
                Map.of("kind", "LIMIT", "reason", "年采购量增长"), "am1")).get("id").asLong();
        assertTrue(tasks("credit1").contains(first));
        assertEquals("decision", ok(take(first, "recommend", "credit1", "回款记录良好", null)).get("state").asText());
        assertEquals("approved", ok(take(first, "approve", "manager", null, null)).get("state").asText());
        assertEquals("800000.00", get("/customers/" + customer + "/credit").get("annualLimit").get("amount").asText());

        long large = created(start("credit-request", customer, cny("1500000.00"),
                Map.of("kind", "LIMIT", "reason", "新增项目"), "am1")).get("id").asLong();
        ok(take(large, "recommend", "credit1", null, null));
        assertEquals(403, take(large, "approve", "manager", null, null).status());
        ok(take(large, "approve", "gm", null, null));
        assertEquals("1500000.00", get("/customers/" + customer + "/credit").get("annualLimit").get("amount").asText());

        // put on the grey list while a request waits: the credit rules refuse the grant, the request stays undecided
        long temporary = created(start("credit-request", customer, cny("100000.00"), Map.of("kind", "TEMPORARY",
                "reason", "旺季备货", "expiresOn", LocalDate.now().plusDays(30).toString()), "am1")).get("id").asLong();
        ok(take(temporary, "recommend", "credit1", null, null));
        assertEquals(201, http.post("/lists", ADMIN, Http.json(object("customerId", customer, "list", "GREY",
                "reason", "付款延迟"))).status());
        Http.Reply refused = take(temporary, "approve", "manager", null, null);
        assertEquals(refused.toString(), 409, refused.status());
        assertEquals("decision", instance(temporary, ADMIN).get("state").asText());
        assertEquals(0, get("/customers/" + customer + "/credit").get("temporaryCredits").size());
        // only the one who asked may withdraw, and withdrawing is nobody's task
        assertFalse(tasks("am1").contains(temporary));
        Http.Reply other = take(temporary, "withdraw", "am2", null, null);
        assertEquals(other.toString(), 403, other.status());
        assertEquals("withdrawn", ok(take(temporary, "withdraw", "am1", "客户取消备货", null)).get("state").asText());
        // while grey-listed, more credit is refused at once
        Http.Reply listed = start("credit-request", customer, cny("100000.00"), Map.of("kind", "TEMPORARY",
                "reason", "再次申请", "expiresOn", LocalDate.now().plusDays(30).toString()), "am1");
        assertEquals(listed.toString(), 409, listed.status());
        assertTrue(listed.toString(), listed.json().get("detail").asText().contains("GREY"));
    }

    @Test
    public void freezeNeedsACleanAccountOrAManagementDecision() {
        long clean = customer("黄石闲置建材经营部");
        Http.Reply dormant = http.post("/customers/" + clean + "/status", ADMIN, Http.json(object("status", "DORMANT",
                "version", get("/customers/" + clean).get("version").asLong())));
        assertEquals(dormant.toString(), 200, dormant.status());
        Http.Reply direct = http.post("/customers/" + clean + "/status", ADMIN, Http.json(object("status", "FROZEN",
                "version", dormant.json().get("version").asLong())));
        assertEquals(direct.toString(), 409, direct.status());
        assertTrue(direct.toString(), direct.json().get("detail").asText().contains("freeze workflow"));
        long id = created(start("freeze", clean, null, Map.of("reason", "连续六个月无交易"), "manager")).get("id").asLong();
        assertEquals("frozen", ok(take(id, "freeze", "manager", null, null)).get("state").asText());
        assertEquals("FROZEN", get("/customers/" + clean).get("status").asText());

        long owing = customer("孝感欠款建材有限公司");
        LocalDate issued = LocalDate.now().minusDays(10);
        created("/invoices", object("number", "INV-WF-" + RUN + "-" + SEQUENCE.incrementAndGet(), "customerId", owing,
                "issueDate", issued.toString(), "dueDate", issued.plusDays(30).toString(), "amount", cny("50000.00"),
                "cost", cny("40000.00")));
        JsonNode request = created(start("freeze", owing, null, Map.of("reason", "淘汰客户"), "manager"));
        long freeze = request.get("id").asLong();
        assertTrue(request.toString(), request.get("data").get("openItems").asText().contains("open receivables"));
        Http.Reply refused = take(freeze, "freeze", "manager", null, null);
        assertEquals(refused.toString(), 409, refused.status());
        assertTrue(refused.toString(), refused.json().get("detail").asText().contains("open receivables 50000.00"));
        assertEquals(400, take(freeze, "refer", "manager", null, null).status());
        assertEquals("management-decision", ok(take(freeze, "refer", "manager", "应收账款转法务催收", null))
                .get("state").asText());
        assertEquals(403, take(freeze, "freeze", "manager", "越权", null).status());
        assertEquals(400, take(freeze, "freeze", "bugm", null, null).status());
        assertEquals("frozen", ok(take(freeze, "freeze", "bugm", "事业部管理层决定冻结，报经营委员会备案", null))
                .get("state").asText());
        assertEquals("FROZEN", get("/customers/" + owing).get("status").asText());
        Http.Reply again = start("freeze", owing, null, Map.of("reason", "再次冻结"), "manager");
        assertEquals(again.toString(), 409, again.status());

        // the customers proposed for freezing: idle for the months given, nothing open
        JsonNode proposed = get("/reports/freeze-candidates?months=1");
        assertEquals(7, proposed.get("columns").size());
        assertEquals(400, http.get("/reports/freeze-candidates?months=0", ADMIN).status());
    }

    @Test
    public void dClassContinuationNeedsTheGradeAndRecordsTheTarget() {
        int year = LocalDate.now().getYear() - 1;
        long low = customer("随州低毛利建材商行");
        created("/invoices", object("number", "INV-WF-" + RUN + "-" + SEQUENCE.incrementAndGet(), "customerId", low,
                "issueDate", LocalDate.of(year, 3, 1).toString(), "dueDate", LocalDate.of(year, 4, 1).toString(),
                "amount", cny("200000.00"), "cost", cny("150000.00")));
        long lower = customer("随州亏损建材经营部");
        created("/invoices", object("number", "INV-WF-" + RUN + "-" + SEQUENCE.incrementAndGet(), "customerId", lower,
                "issueDate", LocalDate.of(year, 3, 1).toString(), "dueDate", LocalDate.of(year, 4, 1).toString(),
                "amount", cny("100000.00"), "cost", cny("90000.00")));
        Map<String, String> plan = Map.of("plan", "提高出厂价，三年内毛利超过10万元");
        Http.Reply ungraded = start("d-class-continuation", low, null, plan, "manager");
        assertEquals(ungraded.toString(), 409, ungraded.status());

        JsonNode run = created("/grading/runs", object("policy", "d-class", "period", Integer.toString(year)), 202);
        awaitRun(run.get("id").asLong());
        Http.Reply noPlan = start("d-class-continuation", low, null, Map.of(), "manager");
        assertEquals(noPlan.toString(), 400, noPlan.status());
        assertTrue(noPlan.toString(), fields(noPlan).contains("data.plan"));
        JsonNode started = created(start("d-class-continuation", low, null, plan, "manager"));
        JsonNode data = started.get("data");
        assertEquals("D", data.get("grade").asText());
        assertEquals("100000", data.get("targetGrossProfit").asText());
        assertEquals(Integer.toString(LocalDate.now().getYear() + 3), data.get("targetYear").asText());
        long id = started.get("id").asLong();
        assertEquals(403, take(id, "recommend", "manager", null, null).status());
        assertEquals("chair-approval", ok(take(id, "recommend", "bugm", null, null)).get("state").asText());
        assertEquals("continued", ok(take(id, "approve", "chair", "同意保留一年观察", null)).get("state").asText());

        // an eliminated customer's freeze is requested at once
        long eliminate = created(start("d-class-continuation", lower, null, plan, "manager")).get("id").asLong();
        assertEquals("eliminated", ok(take(eliminate, "eliminate", "bugm", "无改善可能", null)).get("state").asText());
        long deadline = System.currentTimeMillis() + 10_000;
        JsonNode freeze = get("/workflows/instances?definition=freeze&open=true&subjectId=" + lower);
        while (freeze.get("total").asInt() == 0 && System.currentTimeMillis() < deadline) {
            sleepQuietly(200);
            freeze = get("/workflows/instances?definition=freeze&open=true&subjectId=" + lower);
        }
        assertEquals(freeze.toString(), 1, freeze.get("total").asInt());
        assertEquals("bugm", freeze.get("items").get(0).get("startedBy").asText());
    }

    @Test
    public void keyAccountReviewsEscalateWhenALargeDealWaits() throws Exception {
        long customer = customer("武汉光谷大客户科技有限公司");
        Http.Reply incomplete = start("key-account-review", customer, cny("50000.00"), Map.of("needs", "年度用量"), "am1");
        assertEquals(incomplete.toString(), 400, incomplete.status());
        assertTrue(incomplete.toString(), fields(incomplete).containsAll(List.of("data.project", "data.problems",
                "data.strategy")));
        Map<String, String> form = Map.of("needs", "年需水泥5万吨", "project", "光谷科技园二期", "problems", "竞争对手报价低",
                "strategy", "以质量和准时供货取胜");
        Http.Reply tooSmall = start("key-account-review", customer, cny("5000.00"), form, "am1");
        assertEquals(400, tooSmall.status());
        assertTrue(tooSmall.toString(), fields(tooSmall).contains("amount"));

        Configuration ledger = configurations.getConfiguration("org.kehu.platform.ledger", null);
        Dictionary<String, Object> original = ledger.getProperties();
        Dictionary<String, Object> changed = copy(original);
        changed.put("workflow.key-account-review.decision.due", "PT2S");
        changed.put("workflow.escalation.scan.seconds", "1");
        ledger.update(changed);
        try {
            // the new deadline applies once the settings arrive: until then a new review is due in 14 days
            long big = 0;
            long applied = System.currentTimeMillis() + 20_000;
            while (big == 0) {
                JsonNode started = created(start("key-account-review", customer, cny("500000.00"), form, "am1"));
                if (Instant.parse(started.get("dueAt").asText()).isBefore(Instant.now().plusSeconds(60))) {
                    big = started.get("id").asLong();
                } else {
                    assertTrue("the deadline PT2S did not apply within 20 s", System.currentTimeMillis() < applied);
                    ok(take(started.get("id").asLong(), "withdraw", "am1", null, null));
                    Thread.sleep(200);
                }
            }
            long small = customer("武汉小额意向客户有限公司");
            JsonNode smallDeal = created(start("key-account-review", small, cny("20000.00"), form, "am1"));
            assertTrue(smallDeal.toString(), absent(smallDeal, "dueAt"));
            assertEquals("director-review", ok(take(big, "propose", "manager", "值得开发", null)).get("state").asText());
            JsonNode escalated = null;
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                escalated = instance(big, "chair");
                if (!absent(escalated, "escalatedTo")) {
                    break;
                }
                Thread.sleep(250);
            }
            assertEquals(escalated.toString(), "chairman", escalated.get("escalatedTo").asText());
            assertTrue(tasks("chair").contains(big));
            assertTrue(absent(instance(smallDeal.get("id").asLong(), ADMIN), "escalatedAt"));
            boolean logged = false;
            for (JsonNode step : get("/workflows/instances/" + big + "/history")) {
                logged |= step.get("kind").asText().equals("ESCALATED");
            }
            assertTrue(logged);
            // the senior review takes over the director's step, then decides
            assertEquals("decision", ok(take(big, "propose", "chair", "高层评审", null)).get("state").asText());
            assertEquals("approved", ok(take(big, "approve", "chair", "批准开发", null)).get("state").asText());
        } finally {
            ledger.update(original);
        }
    }

    private static boolean absent(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode();
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> original) {
        Dictionary<String, Object> copy = new Hashtable<>();
        for (Enumeration<String> keys = original.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            copy.put(key, original.get(key));
        }
        return copy;
    }

    private void awaitEvent(List<KehuEvent> events, long instance) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (KehuEvent e : events) {
                if (Long.valueOf(instance).equals(e.properties().get("instanceId"))) {
                    assertEquals("approved", e.properties().get("state"));
                    assertEquals("gm", e.properties().get("actor"));
                    return;
                }
            }
            sleepQuietly(100);
        }
        fail("no ENDED event for instance " + instance + " in " + events);
    }

    private void awaitRun(long run) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            String state = get("/grading/runs/" + run).get("state").asText();
            if (state.equals("SUCCEEDED")) {
                return;
            }
            assertFalse("run " + run + " failed", state.equals("FAILED"));
            sleepQuietly(200);
        }
        fail("grading run " + run + " did not finish");
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    private long customer(String name) {
        return created("/customers", object("type", "ORGANIZATION", "name", name + RUN, "industry", "cement",
                "region", "湖北·武汉", "status", "ACTIVE", "organization", Map.of("creditCode", Bodies.creditCode())))
                .get("id").asLong();
    }

    private static Map<String, Object> contract(long customerId, String amount, String status) {
        LocalDate today = LocalDate.now();
        return object("customerId", customerId, "title", "商品混凝土用水泥年度供货合同", "amount", cny(amount),
                "startDate", today.toString(), "endDate", today.plusYears(1).toString(), "paymentTermDays", 30,
                "paymentMode", "CREDIT", "status", status);
    }

    /** The open approval of a contract. */
    private JsonNode approval(long contract) {
        JsonNode page = get("/workflows/instances?subjectType=contract&open=true&subjectId=" + contract);
        assertEquals(page.toString(), 1, page.get("total").asInt());
        assertEquals("contract-approval", page.get("items").get(0).get("definition").asText());
        return page.get("items").get(0);
    }

    private Http.Reply start(String definition, long subject, Map<String, String> amount, Map<String, String> data,
            String user) {
        return http.post("/workflows/instances", user, Http.json(object("definition", definition, "subjectId", subject,
                "amount", amount, "data", data)));
    }

    private Http.Reply take(long instance, String transition, String user, String comment, Long version) {
        return http.post("/workflows/instances/" + instance + "/transitions/" + transition, user,
                Http.json(object("comment", comment, "version", version)));
    }

    private JsonNode instance(long id, String user) {
        Http.Reply reply = http.get("/workflows/instances/" + id, user);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private List<Long> tasks(String user) {
        Http.Reply reply = http.get("/tasks?size=500", user);
        assertEquals(reply.toString(), 200, reply.status());
        List<Long> ids = new ArrayList<>();
        reply.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private static List<String> names(JsonNode options) {
        List<String> names = new ArrayList<>();
        options.forEach(o -> names.add(o.get("name").asText()));
        return names;
    }

    private static JsonNode ok(Http.Reply reply) {
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static JsonNode created(Http.Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    private JsonNode created(String path, Map<String, Object> body) {
        return created(path, body, 201);
    }

    private JsonNode created(String path, Map<String, Object> body, int status) {
        Http.Reply reply = http.post(path, ADMIN, Http.json(body));
        assertEquals(path + " " + body + " -> " + reply, status, reply.status());
        return reply.json();
    }

    private JsonNode get(String path) {
        Http.Reply reply = http.get(path, ADMIN);
        assertEquals(path + " -> " + reply, 200, reply.status());
        return reply.json();
    }
}
