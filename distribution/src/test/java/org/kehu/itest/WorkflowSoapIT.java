package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.kehu.itest.SoapXml.child;
import static org.kehu.itest.SoapXml.children;
import static org.kehu.itest.SoapXml.envelope;
import static org.kehu.itest.SoapXml.fault;
import static org.kehu.itest.SoapXml.fields;
import static org.kehu.itest.SoapXml.ok;
import static org.kehu.itest.SoapXml.text;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The SOAP WorkflowService of the running distribution, over HTTP with
 * hand-written envelopes: a contract approval found in the reviewers' task
 * lists and moved on by them, the refusals of a transition as faults, and a key
 * account review started with its form. Customers and contracts are set up over
 * REST; a new contract starts its approval by itself.
 */
public class WorkflowSoapIT extends KehuTestSupport {

    private static final String PATH = "/soap/WorkflowService";
    private static final String ADMIN = "admin";
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L);

    private Http soap;
    private Http rest;

    @Before
    public void connect() {
        String base = baseUrl();
        soap = new Http(base);
        rest = new Http(base + "/api/v1");
    }

    @Test
    public void wsdlIsTheCheckedInContract() throws IOException {
        WsdlContract.assertCheckedIn(soap, "WorkflowService");
    }

    /** Production safety passes a new contract on to finance audit; the task moves from one list to the other. */
    @Test
    public void reviewersFindTheContractApprovalInTheirTasksAndPassIt() {
        long customer = customer("审批流水泥经销有限公司");
        long contract = contract(customer, "500000.00");

        Element task = task("safety1", contract);
        assertNotNull("safety1 has no task for contract " + contract, task);
        assertEquals("contract-approval", text(task, "definition"));
        assertEquals("1", text(task, "definitionVersion"));
        assertEquals(Long.toString(customer), text(task, "customerId"));
        assertEquals("500000.00", text(child(task, "amount"), "amount"));
        assertEquals("CNY", text(child(task, "amount"), "currency"));
        assertEquals("production-safety-review", text(task, "state"));
        assertEquals("Production safety review", label(children(task, "stateLabel"), "en"));
        assertEquals("安全生产部审核", label(children(task, "stateLabel"), "zh-CN"));
        assertEquals("true", text(task, "open"));
        assertEquals(ADMIN, text(task, "startedBy"));
        assertNotNull(text(task, "startedAt"));
        assertFalse(entry(task, "number").isBlank());
        Element pass = transition(task, "pass");
        assertNotNull("safety1 may pass", pass);
        assertEquals("finance-audit-review", text(pass, "to"));
        assertEquals("false", text(pass, "commentRequired"));
        assertEquals("Pass the review", label(children(pass, "label"), "en"));
        assertEquals("true", text(transition(task, "reject"), "commentRequired"));
        long id = Long.parseLong(text(task, "id"));
        assertNull("audit1 has no task before the safety review passed", task("audit1", contract));

        Element passed = ok(soap.soap(PATH, "safety1", takeTransition(id, "pass", "合同条款合规", text(task, "version"))));
        assertEquals("finance-audit-review", text(passed, "state"));
        assertEquals("Finance audit review", label(children(passed, "stateLabel"), "en"));
        assertTrue(children(passed, "transition").isEmpty());
        assertTrue(Long.parseLong(text(passed, "version")) > Long.parseLong(text(task, "version")));

        Element financeTask = task("audit1", contract);
        assertNotNull("audit1 has the task once the safety review passed", financeTask);
        assertEquals(text(task, "id"), text(financeTask, "id"));
        assertEquals("finance-audit-review", text(financeTask, "state"));
        assertNotNull(transition(financeTask, "pass"));
        assertNull("safety1's task is done", task("safety1", contract));

        Element comment = ok(soap.soap(PATH, "audit1", envelope("<k:addComment><k:instanceId>" + id
                + "</k:instanceId><k:text>付款条件需再核</k:text></k:addComment>")));
        assertEquals("COMMENT", text(comment, "kind"));
        assertEquals(Long.toString(id), text(comment, "instanceId"));
        assertEquals("audit1", text(comment, "actor"));
        assertEquals("付款条件需再核", text(comment, "comment"));

        Element instance = instance(ADMIN, id);
        assertEquals("finance-audit-review", text(instance, "state"));
        List<Element> steps = children(instance, "step");
        assertEquals(3, steps.size());
        assertStep(steps.get(0), "STARTED", null, null, "production-safety-review", ADMIN, null);
        assertStep(steps.get(1), "TRANSITION", "pass", "production-safety-review", "finance-audit-review", "safety1", "合同条款合规");
        assertStep(steps.get(2), "COMMENT", null, null, null, "audit1", "付款条件需再核");
        assertEquals(text(comment, "id"), text(steps.get(2), "id"));

        // finance audit and risk pass, then the general manager (amounts up to the office meeting threshold)
        // approves: the contract may become active now
        ok(soap.soap(PATH, "audit1", takeTransition(id, "pass", null, null)));
        ok(soap.soap(PATH, "risk1", takeTransition(id, "pass", null, null)));
        assertNotNull("gm decides", task("gm", contract));
        Element approved = ok(soap.soap(PATH, "gm", takeTransition(id, "approve", "同意", null)));
        assertEquals("approved", text(approved, "state"));
        assertEquals("false", text(approved, "open"));
        assertNotNull(text(approved, "endedAt"));
        assertNull("gm's task is done", task("gm", contract));
        Http.Reply read = rest.get("/contracts/" + contract, ADMIN);
        assertEquals(read.toString(), 200, read.status());
        Http.Reply active = rest.put("/contracts/" + contract + "/status", ADMIN, Http.json(Map.of("status", "ACTIVE",
                "version", read.json().get("version").asLong())));
        assertEquals(active.toString(), 200, active.status());
        assertEquals(active.body(), "ACTIVE", active.json().get("status").asText());
    }

    /** Refused transitions are faults with the problem's status, and they leave the instance as it was. */
    @Test
    public void refusedTransitionsAreFaultsAndChangeNothing() {
        long contract = contract(customer("驳回流水泥经销有限公司"), "300000.00");
        Element task = task("safety1", contract);
        assertNotNull("safety1 has no task for contract " + contract, task);
        long id = Long.parseLong(text(task, "id"));
        String version = text(task, "version");

        Element forbidden = fault(soap.soap(PATH, "audit1", takeTransition(id, "pass", null, null)));
        assertEquals("403", text(forbidden, "status"));
        assertEquals("Forbidden", text(forbidden, "title"));
        assertTrue(text(forbidden, "detail"), text(forbidden, "detail").contains("production-safety"));

        Element unknown = fault(soap.soap(PATH, "safety1", takeTransition(id, "fast-track", null, null)));
        assertEquals("404", text(unknown, "status"));

        Element noComment = fault(soap.soap(PATH, "safety1", takeTransition(id, "reject", null, null)));
        assertEquals("400", text(noComment, "status"));
        assertEquals(List.of("comment"), fields(noComment));

        Element stale = fault(soap.soap(PATH, "safety1", takeTransition(id, "pass", null, Long.toString(Long.parseLong(version) + 7))));
        assertEquals("409", text(stale, "status"));

        Element noInstance = fault(soap.soap(PATH, "safety1", takeTransition(999_999_999L, "pass", null, null)));
        assertEquals("404", text(noInstance, "status"));
        assertEquals("404", text(fault(soap.soap(PATH, ADMIN, envelope(
                "<k:getWorkflowInstance><k:id>999999999</k:id></k:getWorkflowInstance>"))), "status"));

        Element unchanged = instance(ADMIN, id);
        assertEquals("production-safety-review", text(unchanged, "state"));
        assertEquals(version, text(unchanged, "version"));
        List<Element> steps = children(unchanged, "step");
        assertEquals(1, steps.size());
        assertEquals("STARTED", text(steps.get(0), "kind"));
        assertNotNull("the task is still safety1's", task("safety1", contract));

        Element rejected = ok(soap.soap(PATH, "safety1", takeTransition(id, "reject", "违约条款不完整", null)));
        assertEquals("rejected", text(rejected, "state"));
        assertEquals("false", text(rejected, "open"));
        Element ended = fault(soap.soap(PATH, "safety1", envelope("<k:addComment><k:instanceId>" + id
                + "</k:instanceId><k:text>补充说明</k:text></k:addComment>")));
        assertEquals("409", text(ended, "status"));
    }

    /** A key account review starts only with its complete form, then the manager proposes it to the director. */
    @Test
    public void aKeyAccountReviewStartsWithItsForm() {
        long customer = customer("大客户评审水泥集团有限公司");

        Element incomplete = fault(soap.soap(PATH, "am1", startWorkflow("key-account-review", customer, "500000.00",
                dataEntry("needs", "年产能扩建所需熟料") + dataEntry("project", "二期生产线"), null)));
        assertEquals("400", text(incomplete, "status"));
        assertEquals("Invalid input", text(incomplete, "title"));
        List<String> fields = fields(incomplete);
        assertTrue(fields.toString(), fields.contains("data.problems"));
        assertTrue(fields.toString(), fields.contains("data.strategy"));
        assertFalse(fields.toString(), fields.contains("data.needs"));

        Element small = fault(soap.soap(PATH, "am1", startWorkflow("key-account-review", customer, "100.00", form(), null)));
        assertEquals("400", text(small, "status"));
        assertEquals(List.of("amount"), fields(small));

        Element noDefinition = fault(soap.soap(PATH, "am1", startWorkflow("no-such-workflow", customer, "500000.00", form(), null)));
        assertEquals("400", text(noDefinition, "status"));
        assertEquals(List.of("definition"), fields(noDefinition));

        Element started = ok(soap.soap(PATH, "am1", startWorkflow("key-account-review", customer, "500000.00", form(),
                "年度重点开发客户")));
        assertEquals("key-account-review", text(started, "definition"));
        assertEquals("customer", text(started, "subjectType"));
        assertEquals(Long.toString(customer), text(started, "subjectId"));
        assertEquals(Long.toString(customer), text(started, "customerId"));
        assertEquals("500000.00", text(child(started, "amount"), "amount"));
        assertEquals("manager-review", text(started, "state"));
        assertEquals("am1", text(started, "startedBy"));
        assertEquals("二期生产线", entry(started, "project"));
        assertEquals("价格与运输半径", entry(started, "problems"));
        long id = Long.parseLong(text(started, "id"));

        Element again = fault(soap.soap(PATH, "am1", startWorkflow("key-account-review", customer, "500000.00", form(), null)));
        assertEquals("409", text(again, "status"));

        Element managerTask = taskOf("manager", "customer", customer);
        assertNotNull("manager has the review", managerTask);
        assertEquals(Long.toString(id), text(managerTask, "id"));
        Element proposed = ok(soap.soap(PATH, "manager", takeTransition(id, "propose", "建议开发", null)));
        assertEquals("director-review", text(proposed, "state"));
        assertNotNull("director1 has the review", taskOf("director1", "customer", customer));

        Element instance = instance("director1", id);
        assertNotNull(transition(instance, "propose"));
        List<Element> steps = children(instance, "step");
        assertEquals(2, steps.size());
        assertStep(steps.get(0), "STARTED", null, null, "manager-review", "am1", "年度重点开发客户");
        assertStep(steps.get(1), "TRANSITION", "propose", "manager-review", "director-review", "manager", "建议开发");
    }

    @Test
    public void callsWithoutValidCredentialsGet401() {
        String body = envelope("<k:listTasks/>");
        Http.Reply anonymous = soap.soap(PATH, null, body);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertTrue(anonymous.body().contains("Fault"));
        assertEquals(401, soap.soap(PATH, "safety1:nope", body).status());
    }

    // ---- helpers

    private long customer(String name) {
        Http.Reply reply = rest.post("/customers", ADMIN, Http.json(Map.of("type", "ORGANIZATION", "name", name + RUN,
                "industry", "cement", "region", "湖北·武汉")));
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    /** A contract recorded without a status: a draft, in its approval workflow. */
    private long contract(long customerId, String amount) {
        LocalDate today = LocalDate.now();
        Http.Reply reply = rest.post("/contracts", ADMIN, Http.json(Map.of("customerId", customerId, "title", "水泥供货合同",
                "amount", Map.of("amount", amount, "currency", "CNY"), "quantity", "1000", "unit", "t",
                "startDate", today.toString(), "endDate", today.plusYears(1).toString(), "paymentTermDays", 30,
                "paymentMode", "CREDIT")));
        assertEquals(reply.toString(), 201, reply.status());
        assertEquals(reply.body(), "DRAFT", reply.json().get("status").asText());
        return reply.json().get("id").asLong();
    }

    /** The caller's task for a contract's approval, {@code null} when there is none. */
    private Element task(String user, long contractId) {
        return taskOf(user, "contract", contractId);
    }

    private Element taskOf(String user, String subjectType, long subjectId) {
        Element page = ok(soap.soap(PATH, user, envelope("<k:listTasks><k:page>0</k:page><k:size>500</k:size></k:listTasks>")));
        List<Element> instances = children(page, "instance");
        assertTrue(Long.parseLong(text(page, "total")) >= instances.size());
        for (Element i : instances) {
            if (subjectType.equals(text(i, "subjectType")) && Long.toString(subjectId).equals(text(i, "subjectId"))) {
                return i;
            }
        }
        return null;
    }

    private Element instance(String user, long id) {
        return ok(soap.soap(PATH, user, envelope("<k:getWorkflowInstance><k:id>" + id + "</k:id></k:getWorkflowInstance>")));
    }

    private static void assertStep(Element step, String kind, String transition, String from, String to, String actor,
            String comment) {
        assertEquals(kind, text(step, "kind"));
        assertEquals(transition, text(step, "transition"));
        assertEquals(from, text(step, "fromState"));
        assertEquals(to, text(step, "toState"));
        assertEquals(actor, text(step, "actor"));
        assertEquals(comment, text(step, "comment"));
        assertNotNull(text(step, "at"));
    }


    private static String takeTransition(long id, String transition, String comment, String version) {
        return envelope("<k:takeTransition><k:instanceId>" + id + "</k:instanceId><k:transition>" + transition
                + "</k:transition>" + (comment == null ? "" : "<k:comment>" + comment + "</k:comment>")
                + (version == null ? "" : "<k:version>" + version + "</k:version>") + "</k:takeTransition>");
    }

    private static String startWorkflow(String definition, long subjectId, String amount, String data, String comment) {
        return envelope("<k:startWorkflow><k:definition>" + definition + "</k:definition><k:subjectId>" + subjectId
                + "</k:subjectId><k:amount><k:amount>" + amount + "</k:amount><k:currency>CNY</k:currency></k:amount>"
                + data + (comment == null ? "" : "<k:comment>" + comment + "</k:comment>") + "</k:startWorkflow>");
    }

    /** The key account development tracking form, complete. */
    private static String form() {
        return dataEntry("needs", "年产能扩建所需熟料") + dataEntry("project", "二期生产线")
                + dataEntry("problems", "价格与运输半径") + dataEntry("strategy", "长期协议价锁定");
    }

    private static String dataEntry(String key, String value) {
        return "<k:data><k:key>" + key + "</k:key><k:value>" + value + "</k:value></k:data>";
    }

    private static Element transition(Element instance, String name) {
        for (Element t : children(instance, "transition")) {
            if (name.equals(text(t, "name"))) {
                return t;
            }
        }
        return null;
    }

    private static String label(List<Element> labels, String lang) {
        for (Element l : labels) {
            if (lang.equals(text(l, "lang"))) {
                return text(l, "text");
            }
        }
        return null;
    }

    /** The value of an instance's data entry, {@code null} when it has none. */
    private static String entry(Element instance, String key) {
        for (Element d : children(instance, "data")) {
            if (key.equals(text(d, "key"))) {
                return text(d, "value");
            }
        }
        return null;
    }
}
