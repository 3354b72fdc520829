package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.kehu.itest.Bodies.cny;
import static org.kehu.itest.Bodies.fields;
import static org.kehu.itest.Bodies.object;

import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;

import org.kehu.platform.api.spi.Grade;
import org.kehu.platform.api.spi.GradeSink;
import org.kehu.platform.api.spi.Grader;
import org.kehu.platform.api.spi.GradingPolicy;
import org.kehu.platform.api.spi.GradingSubject;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.api.spi.KehuEventListener;
import org.kehu.platform.api.spi.KehuProperties;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Grading runs over HTTP: ten customers with known sales in last year, an ABC and a D-class run as jobs, each
 * customer's current grade with its reason and figures, the history kept per run, grade changes published as events,
 * a failed run leaving the previous grades in force, and bad requests refused.
 */
public class GradingIT extends KehuTestSupport {

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

    /** name, revenue, cost, cash on delivery, expected ABC grade, expected D-class grade. */
    private record Case(String name, String revenue, String cost, boolean cod, String abc, String dClass) {
    }

    @Test
    public void abcAndDClassRunsGradeEveryCustomerWithTheReason() throws Exception {
        int year = LocalDate.now().getYear() - 1;
        // nine customers with revenue: A = the top ⌈1.8⌉ = 2, B up to rank ⌈5.4⌉ = 6, the rest C
        List<Case> cases = List.of(
                new Case("一号水泥集团", "1000000.00", "800000.00", false, "A", "OK"),
                new Case("二号建材有限公司", "800000.00", "750000.00", false, "A", "D"),
                new Case("三号商砼有限公司", "600000.00", "500000.00", false, "B", "OK"),
                new Case("四号亏损贸易公司", "500000.00", "520000.00", false, "B", "X"),
                new Case("五号现款建材公司", "400000.00", "320000.00", true, "B", "OK"),
                new Case("六号现款低毛利公司", "300000.00", "270000.00", true, "B", "D"),
                new Case("七号建材店", "200000.00", "150000.00", false, "C", "D"),
                new Case("八号建材店", "100000.00", "90000.00", false, "C", "D"),
                new Case("九号建材店", "50000.00", "40000.00", false, "C", "D"),
                new Case("十号无销售公司", null, null, false, "C", "D"));
        Map<Long, Case> customers = new LinkedHashMap<>();
        for (Case c : cases) {
            long id = customer(c.name());
            customers.put(id, c);
            if (c.revenue() != null) {
                Long contract = c.cod() ? contract(id, "CASH_ON_DELIVERY") : null;
                // two invoices in the period, one outside it that must not count
                String half = new java.math.BigDecimal(c.revenue()).divide(java.math.BigDecimal.valueOf(2)).toPlainString();
                String halfCost = new java.math.BigDecimal(c.cost()).divide(java.math.BigDecimal.valueOf(2)).toPlainString();
                invoice(id, contract, LocalDate.of(year, 3, 1), half, halfCost);
                invoice(id, contract, LocalDate.of(year, 11, 30), half, halfCost);
                invoice(id, contract, LocalDate.of(year - 1, 12, 31), "999999.00", "1.00");
            }
        }

        JsonNode abc = finished(start("abc", Integer.toString(year)));
        assertEquals(abc.toString(), 10, abc.get("total").asLong());
        assertEquals(abc.toString(), 10, abc.get("processed").asLong());
        assertEquals(abc.toString(), 1, abc.get("policyVersion").asInt());
        JsonNode dClass = finished(start("d-class", Integer.toString(year)));
        assertEquals(dClass.toString(), 10, dClass.get("processed").asLong());

        // the current grade as a search filter: one policy's grades are alternatives, policies combine
        assertEquals(expected(customers, c -> c.abc().equals("A")), found("grade=abc:A"));
        assertEquals(expected(customers, c -> !c.abc().equals("C")), found("grade=abc:A&grade=abc:B"));
        assertEquals(expected(customers, c -> c.abc().equals("A") && c.dClass().equals("D")),
                found("grade=abc:A&grade=d-class:D"));
        assertEquals(expected(customers, c -> c.abc().equals("C") && c.dClass().equals("D")),
                found("grade=abc:C&grade=d-class:D&industry=manufacturing"));

        for (Map.Entry<Long, Case> e : customers.entrySet()) {
            Case c = e.getValue();
            JsonNode grades = get("/customers/" + e.getKey() + "/grades");
            assertEquals(grades.toString(), 2, grades.size());
            JsonNode a = byPolicy(grades, "abc");
            JsonNode d = byPolicy(grades, "d-class");
            assertEquals(c.name() + " " + a, c.abc(), a.get("grade").asText());
            assertEquals(c.name() + " " + d, c.dClass(), d.get("grade").asText());
            assertEquals(a.toString(), Integer.toString(year), a.get("period").asText());
            assertEquals(a.toString(), abc.get("id").asLong(), a.get("runId").asLong());
            assertFalse(a.toString(), a.get("reason").asText().isBlank());
            assertFalse(d.toString(), d.get("reason").asText().isBlank());
            String revenue = c.revenue() == null ? "0" : c.revenue();
            assertEquals(a.toString(), 0, new java.math.BigDecimal(revenue)
                    .compareTo(new java.math.BigDecimal(a.get("figures").get("revenue").asText())));
            assertEquals(d.toString(), 0, new java.math.BigDecimal("100000")
                    .compareTo(new java.math.BigDecimal(d.get("figures").get("grossProfitMinimum").asText())));
            if (c.revenue() == null) {
                assertTrue(a.toString(), a.get("reason").asText().startsWith("No revenue"));
            } else {
                assertTrue(a.toString(), a.get("reason").asText().contains("of 9 customers with revenue"));
            }
            switch (c.dClass()) {
                case "X" -> assertTrue(d.toString(), d.get("reason").asText().contains("to be eliminated"));
                case "D" -> assertTrue(d.toString(), d.get("reason").asText().contains("below 100000"));
                default -> assertFalse(d.toString(), d.get("reason").asText().contains(": D"));
            }
        }

        // new sales change the ranking: the changes are events, the first run's grades stay as history
        List<KehuEvent> events = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> topics = new Hashtable<>();
        topics.put(KehuEventListener.TOPICS, "org/kehu/customer/GRADED");
        ServiceRegistration<KehuEventListener> listener = context.registerService(KehuEventListener.class, events::add, topics);
        try {
            long[] ids = customers.keySet().stream().mapToLong(Long::longValue).toArray();
            long top = ids[0];
            long second = ids[1];
            long sixth = ids[5];
            long none = ids[9];
            invoice(none, null, LocalDate.of(year, 6, 30), "2000000.00", "1500000.00");
            // ten with revenue now: A = 2, B up to rank 6
            JsonNode again = finished(start("abc", Integer.toString(year)));
            assertEquals("A", byPolicy(get("/customers/" + none + "/grades"), "abc").get("grade").asText());
            assertEquals("B", byPolicy(get("/customers/" + second + "/grades"), "abc").get("grade").asText());
            assertEquals("C", byPolicy(get("/customers/" + sixth + "/grades"), "abc").get("grade").asText());
            assertEquals("A", byPolicy(get("/customers/" + top + "/grades"), "abc").get("grade").asText());
            long deadline = System.currentTimeMillis() + 10_000;
            while (events.size() < 3 && System.currentTimeMillis() < deadline) {
                sleep(100);
            }
            sleep(500);
            Map<Long, String> changes = new java.util.TreeMap<>();
            for (KehuEvent e : events) {
                assertEquals(e.toString(), "abc", e.properties().get("policyId"));
                changes.put(((Number) e.properties().get("customerId")).longValue(),
                        e.properties().get("from") + ">" + e.properties().get("to"));
            }
            assertEquals(new java.util.TreeMap<>(Map.of(none, "C>A", second, "A>B", sixth, "B>C")), changes);

            JsonNode history = get("/customers/" + second + "/grades/history?policy=abc");
            assertEquals(history.toString(), 2, history.size());
            assertEquals(history.toString(), again.get("id").asLong(), history.get(0).get("runId").asLong());
            assertEquals(history.toString(), "B", history.get(0).get("grade").asText());
            assertEquals(history.toString(), abc.get("id").asLong(), history.get(1).get("runId").asLong());
            assertEquals(history.toString(), "A", history.get(1).get("grade").asText());
            assertEquals(3, get("/customers/" + second + "/grades/history").size());
            assertEquals(again.get("id").asLong(), byPolicy(get("/customers/" + second + "/grades"), "abc").get("runId").asLong());
            assertEquals(2, get("/grading/runs?policy=abc").get("total").asInt());
            assertEquals(again.get("id").asLong(), get("/grading/runs?policy=abc").get("items").get(0).get("id").asLong());
        } finally {
            listener.unregister();
        }

        // a plugin's policy that fails half-way leaves its previous grades in force
        AtomicBoolean fail = new AtomicBoolean();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(KehuProperties.ID, "itest-flaky");
        props.put(KehuProperties.INDUSTRY, "*");
        ServiceRegistration<GradingPolicy> flaky = context.registerService(GradingPolicy.class, new FlakyPolicy(fail), props);
        try {
            long first = customers.keySet().iterator().next();
            JsonNode good = finished(start("itest-flaky", Integer.toString(year)));
            assertEquals("G1", byPolicy(get("/customers/" + first + "/grades"), "itest-flaky").get("grade").asText());
            fail.set(true);
            JsonNode broken = await(start("itest-flaky", Integer.toString(year)));
            assertEquals(broken.toString(), "FAILED", broken.get("state").asText());
            assertTrue(broken.toString(), broken.get("error").asText().contains("the flaky policy broke"));
            for (long id : customers.keySet()) {
                JsonNode current = byPolicy(get("/customers/" + id + "/grades"), "itest-flaky");
                assertEquals(current.toString(), "G1", current.get("grade").asText());
                assertEquals(current.toString(), good.get("id").asLong(), current.get("runId").asLong());
                assertEquals(1, get("/customers/" + id + "/grades/history?policy=itest-flaky").size());
            }
            assertEquals(2, get("/grading/runs?policy=itest-flaky").get("total").asInt());
        } finally {
            flaky.unregister();
        }
        assertEquals(5, get("/grading/runs").get("total").asInt());

        // the thresholds are settings: a lower gross-profit minimum applies to the next run, without a restart
        long second = customers.keySet().stream().skip(1).findFirst().orElseThrow();
        Configuration cfg = configurations.getConfiguration("org.kehu.platform.ledger", null);
        Dictionary<String, Object> before = cfg.getProperties();
        Dictionary<String, Object> changed = new Hashtable<>();
        if (before != null) {
            for (Enumeration<String> keys = before.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                changed.put(key, before.get(key));
            }
        }
        changed.put("grading.d-class.grossProfit.minimum", "40000");
        cfg.update(changed);
        try {
            JsonNode d = null;
            for (int i = 0; i < 20; i++) {
                finished(start("d-class", Integer.toString(year)));
                d = byPolicy(get("/customers/" + second + "/grades"), "d-class");
                if (d.get("grade").asText().equals("OK")) {
                    break;
                }
                sleep(500);
            }
            assertEquals(d.toString(), "OK", d.get("grade").asText());
            assertTrue(d.toString(), d.get("reason").asText().contains("at least 40000"));
        } finally {
            if (before != null) {
                cfg.update(before);
            }
        }

        // the other core policies over the same customers (all invoices are unpaid and long past due)
        long[] ids = customers.keySet().stream().mapToLong(Long::longValue).toArray();
        JsonNode credit = finished(start("credit-rating", Integer.toString(year)));
        assertEquals(credit.toString(), 10, credit.get("processed").asLong());
        JsonNode c = byPolicy(get("/customers/" + ids[0] + "/grades"), "credit-rating");
        assertEquals(c.toString(), "D", c.get("grade").asText());
        assertTrue(c.toString(), c.get("reason").asText().contains("oldest overdue"));
        finished(start("value-matrix", Integer.toString(year)));
        JsonNode m = byPolicy(get("/customers/" + ids[0] + "/grades"), "value-matrix");
        assertEquals(m.toString(), "ABANDON", m.get("grade").asText());
        assertTrue(m.toString(), m.get("reason").asText().contains("missing, taken as low"));
        finished(start("value-tier", Integer.toString(year)));
        JsonNode t = byPolicy(get("/customers/" + ids[0] + "/grades"), "value-tier");
        assertEquals(t.toString(), "COMMERCIAL", t.get("grade").asText());
        assertEquals("GENERAL", byPolicy(get("/customers/" + ids[8] + "/grades"), "value-tier").get("grade").asText());
    }

    /** Grades everyone G1, or, when told to fail, assigns a few grades and then throws. */
    public static final class FlakyPolicy implements GradingPolicy {

        private final AtomicBoolean fail;

        FlakyPolicy(AtomicBoolean fail) {
            this.fail = fail;
        }

        @Override
        public String id() {
            return "itest-flaky";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public String name(Locale locale) {
            return "Flaky";
        }

        @Override
        public List<Grade> scale() {
            return List.of(new Grade("G1", Map.of("en", "one")), new Grade("G2", Map.of("en", "two")));
        }

        @Override
        public Grader grader(String period, Map<String, String> settings) {
            boolean broken = fail.get();
            return new Grader() {
                private int seen;

                @Override
                public void accept(GradingSubject subject, GradeSink sink) {
                    sink.assign(subject.customerId(), broken ? "G2" : "G1", "test", Map.of("seen", ++seen));
                }

                @Override
                public void finish(GradeSink sink) {
                    if (broken) {
                        throw new IllegalStateException("the flaky policy broke");
                    }
                }
            };
        }
    }

    @Test
    public void badRequestsAreRefused() {
        Http.Reply unknown = http.post("/grading/runs", ADMIN, Http.json(Map.of("policy", "no-such-policy", "period", "2025")));
        assertEquals(unknown.toString(), 400, unknown.status());
        assertTrue(unknown.toString(), unknown.contentType().startsWith("application/problem+json"));
        assertEquals(unknown.toString(), List.of("policy"), fields(unknown));
        Http.Reply badPeriod = http.post("/grading/runs", ADMIN, Http.json(Map.of("policy", "abc", "period", "last year")));
        assertEquals(badPeriod.toString(), 400, badPeriod.status());
        assertEquals(badPeriod.toString(), List.of("period"), fields(badPeriod));
        assertEquals(404, http.get("/grading/runs/999999", ADMIN).status());
        assertEquals(404, http.get("/customers/999999/grades", ADMIN).status());
        assertEquals(401, http.post("/grading/runs", null, Http.json(Map.of("policy", "abc", "period", "2025"))).status());
        for (String bad : List.of("grade=abcA", "grade=no-such-policy:A", "grade=abc:Z", "grade=abc:A&grade=:B")) {
            Http.Reply reply = http.get("/customers?" + bad, ADMIN);
            assertEquals(bad + " " + reply, 400, reply.status());
            assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
            assertEquals(reply.toString(), List.of("grade"), fields(reply));
        }
    }

    /** The ids of the cases that {@code which} selects. */
    private static java.util.Set<Long> expected(Map<Long, Case> customers, java.util.function.Predicate<Case> which) {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        customers.forEach((id, c) -> {
            if (which.test(c)) {
                ids.add(id);
            }
        });
        assertFalse("a filter test needs at least one match", ids.isEmpty());
        return ids;
    }

    /** The ids of every customer the search finds. */
    private java.util.Set<Long> found(String query) {
        JsonNode page = get("/customers?size=500&" + query);
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        page.get("items").forEach(c -> ids.add(c.get("id").asLong()));
        assertEquals(page.toString(), ids.size(), page.get("total").asInt());
        return ids;
    }

    // ---- helpers

    private JsonNode start(String policy, String period) {
        Http.Reply reply = http.post("/grading/runs", ADMIN, Http.json(Map.of("policy", policy, "period", period)));
        assertEquals(reply.toString(), 202, reply.status());
        JsonNode run = reply.json();
        String location = reply.header("Location");
        assertNotNull("a Location", location);
        assertTrue(location, location.endsWith("/grading/runs/" + run.get("id").asLong()));
        assertEquals(policy, run.get("policyId").asText());
        return run;
    }

    private JsonNode finished(JsonNode run) {
        JsonNode done = await(run);
        assertEquals(done.toString(), "SUCCEEDED", done.get("state").asText());
        assertNotNull(done.toString(), done.get("finishedAt"));
        return done;
    }

    /** The run once it succeeded or failed, within 30 s. */
    private JsonNode await(JsonNode run) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode now = get("/grading/runs/" + run.get("id").asLong());
            String state = now.get("state").asText();
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return now;
            }
            sleep(200);
        }
        fail("The run did not finish within 30 s: " + get("/grading/runs/" + run.get("id").asLong()));
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    private static JsonNode byPolicy(JsonNode grades, String policy) {
        for (JsonNode g : grades) {
            if (g.get("policyId").asText().equals(policy)) {
                return g;
            }
        }
        fail("no grade of " + policy + " in " + grades);
        return null;
    }

    private long customer(String name) {
        return created("/customers", object("type", "ORGANIZATION", "name", name, "industry", "manufacturing",
                "region", "湖北·武汉", "organization", Map.of("creditCode", Bodies.creditCode()))).get("id").asLong();
    }

    private long contract(long customerId, String mode) {
        LocalDate today = LocalDate.now();
        JsonNode contract = created("/contracts", object("customerId", customerId, "title", "水泥供货合同",
                "amount", cny("2000000.00"), "quantity", "1000", "unit", "t",
                "startDate", LocalDate.of(today.getYear() - 2, 1, 1).toString(), "endDate", today.plusYears(1).toString(),
                "paymentTermDays", 30, "paymentMode", mode));
        return Approvals.activate(http, contract.get("id").asLong()).get("id").asLong();
    }

    private void invoice(long customerId, Long contractId, LocalDate issued, String amount, String cost) {
        created("/invoices", object("number", "INV-" + RUN + "-" + SEQUENCE.incrementAndGet(), "customerId", customerId,
                "contractId", contractId, "issueDate", issued.toString(), "dueDate", issued.plusDays(30).toString(),
                "amount", cny(amount), "cost", cny(cost)));
    }

    private JsonNode created(String path, Map<String, Object> body) {
        Http.Reply reply = http.post(path, ADMIN, Http.json(body));
        assertEquals(path + " " + body + " -> " + reply, 201, reply.status());
        return reply.json();
    }

    private JsonNode get(String path) {
        Http.Reply reply = http.get(path, ADMIN);
        assertEquals(path + " -> " + reply, 200, reply.status());
        return reply.json();
    }

}
