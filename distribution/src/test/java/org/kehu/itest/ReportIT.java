package org.kehu.itest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report engine over HTTP: the list of reports, customer structure and the
 * monthly receivables report as JSON against data the test creates (figures
 * computed by hand), CSV with BOM and Chinese header, XLSX with typed cells,
 * and the errors for a missing parameter and an unknown report.
 */
public class ReportIT extends KehuTestSupport {

    private static final String ADMIN = "admin";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Http http;
    private final HttpClient client = HttpClient.newHttpClient();
    private static int sequence;

    @Before
    public void connect() {
        http = new Http(baseUrl() + "/api/v1");
    }

    /** A report answer as bytes, with the Accept and Accept-Language given. */
    private record Download(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(text(), e);
            }
        }
    }

    private Download download(String path, String accept, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new AssertionError(path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    public void listsTheCoreReportsWithLocalizedNamesAndParameters() {
        Download zh = download("/reports", "application/json", "zh-CN");
        assertEquals(zh.text(), 200, zh.status());
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        zh.json().get("reports").forEach(r -> byId.put(r.get("id").asText(), r));
        assertTrue(byId.keySet().toString(), byId.keySet().containsAll(
                List.of("customer-structure", "monthly-receivables", "quarterly-receivables", "churn-win-back",
                        "visit-compliance", "grade-migration", "d-class-anomalies")));
        JsonNode monthly = byId.get("monthly-receivables");
        assertEquals("应收账款月报", monthly.get("name").asText());
        assertEquals("*", monthly.get("industry").asText());
        List<String> params = new ArrayList<>();
        monthly.get("parameters").forEach(p -> params.add(p.get("name").asText() + ":" + p.get("required").asBoolean()
                + ":" + p.get("label").asText()));
        assertEquals(List.of("year:true:年份", "month:true:月份（1–12）"), params);
        Download en = download("/reports", null, "en");
        JsonNode first = null;
        for (JsonNode r : en.json().get("reports")) {
            if (r.get("id").asText().equals("monthly-receivables")) {
                first = r;
            }
        }
        assertNotNull(first);
        assertEquals("Monthly receivables report", first.get("name").asText());
        assertEquals("Year", first.get("parameters").get(0).get("label").asText());
    }

    @Test
    public void customerStructureCountsTheCustomersOfARegion() {
        String region = "报表测试区" + RUN;
        customer("结构甲建材有限公司", region);
        customer("结构乙建材有限公司", region);
        Download d = download("/reports/customer-structure?group=region", "application/json", "zh-CN");
        assertEquals(d.text(), 200, d.status());
        JsonNode report = d.json();
        assertEquals("PIE", report.get("chart").asText());
        assertEquals("region", report.get("columns").get(0).get("key").asText());
        assertEquals("地区", report.get("columns").get(0).get("label").asText());
        assertEquals("PERCENT", report.get("columns").get(2).get("type").asText());
        JsonNode row = rowWith(report, "region", region);
        assertEquals(2, row.get("customers").asInt());
        long total = report.get("totals").get("customers").asLong();
        assertTrue(total >= 2);
        assertEquals("合计", report.get("totals").get("region").asText());
        // group must be industry or region
        Download bad = download("/reports/customer-structure?group=colour", "application/json", null);
        assertEquals(400, bad.status());
        assertEquals("group", bad.json().get("errors").get(0).get("field").asText());
    }

    /**
     * One customer in a past month M: invoice A issued in M for 10,000.00, due after M, 4,000.00 paid in M; invoice B
     * issued before M for 3,000.00, due on the 10th of M and unpaid. At the end of M: sales 10,000.00, receivables
     * 9,000.00, overdue 3,000.00, no bad debt, new overdue 3,000.00, share 3,000 / 9,000 = 0.3333.
     */
    @Test
    public void monthlyReceivablesAsJsonCsvAndXlsx() throws Exception {
        LocalDate from = LocalDate.now().minusMonths(2).withDayOfMonth(1);
        LocalDate end = from.plusMonths(1).minusDays(1);
        long id = customer("应收月报测试建材有限公司", "湖北·武汉");
        String number = get("/customers/" + id).get("number").asText();
        String name = get("/customers/" + id).get("name").asText();
        JsonNode a = created("/invoices", object("number", number("INV"), "customerId", id,
                "issueDate", from.plusDays(4).toString(), "dueDate", end.plusDays(30).toString(),
                "amount", cny("10000.00"), "cost", cny("8000.00")));
        created("/invoices", object("number", number("INV"), "customerId", id,
                "issueDate", from.minusDays(40).toString(), "dueDate", from.plusDays(9).toString(),
                "amount", cny("3000.00"), "cost", cny("2000.00")));
        created("/payments", object("number", number("PAY"), "customerId", id, "receivedDate", from.plusDays(9).toString(),
                "amount", cny("4000.00"), "allocations",
                List.of(Map.of("invoiceId", a.get("id").asLong(), "amount", cny("4000.00")))));

        String query = "/reports/monthly-receivables?year=" + from.getYear() + "&month=" + from.getMonthValue();
        Download json = download(query, "application/json", "en");
        assertEquals(json.text(), 200, json.status());
        JsonNode report = json.json();
        assertEquals("Sales", report.get("columns").get(2).get("label").asText());
        assertEquals("MONEY", report.get("columns").get(2).get("type").asText());
        JsonNode row = rowWith(report, "customerNumber", number);
        assertEquals(name, row.get("customerName").asText());
        assertDecimal("sales", "10000.00", row.get("sales"));
        assertDecimal("receivables", "9000.00", row.get("receivables"));
        assertDecimal("overdue", "3000.00", row.get("overdue"));
        assertDecimal("bad debt", "0.00", row.get("badDebt"));
        assertDecimal("new overdue", "3000.00", row.get("newOverdue"));
        assertDecimal("new overdue share", "0.3333", row.get("newOverdueShare"));
        assertEquals("Total", report.get("totals").get("customerNumber").asText());
        assertTrue(new BigDecimal(report.get("totals").get("sales").asText()).compareTo(new BigDecimal("10000.00")) >= 0);

        // the quarter holds the month's sales
        int quarter = (from.getMonthValue() - 1) / 3 + 1;
        Download q = download("/reports/quarterly-receivables?year=" + from.getYear() + "&quarter=" + quarter,
                "application/json", null);
        assertEquals(q.text(), 200, q.status());
        // invoice B counts too when it was issued in the same quarter
        boolean bInQuarter = from.minusDays(40).getYear() == from.getYear()
                && (from.minusDays(40).getMonthValue() - 1) / 3 + 1 == quarter;
        assertDecimal("quarter sales", bInQuarter ? "13000.00" : "10000.00",
                rowWith(q.json(), "customerNumber", number).get("sales"));

        // CSV: BOM, header in Chinese, money with two decimals
        Download csv = download(query, "text/csv", "zh-CN");
        assertEquals(csv.text(), 200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3));
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("客户编号,客户名称,本期销售额,期末应收账款,期末逾期账款,"));
        assertTrue(text, text.contains("\r\n" + number + "," + name + ",10000.00,9000.00,3000.00,0.00,3000.00,0.3333\r\n"));
        assertTrue(text, text.contains("\r\n合计,"));

        // XLSX through ?format= (as a browser link would), whatever the Accept header says
        Download xlsx = download(query + "&format=xlsx", "application/json", "zh-CN");
        assertEquals(xlsx.text(), 200, xlsx.status());
        assertEquals(XLSX, xlsx.contentType());
        assertEquals('P', xlsx.body()[0]);
        assertEquals('K', xlsx.body()[1]);
        // POI is not on the test class path (its embedded libraries clash with Pax Exam's): read the parts as XML
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(parts.keySet().toString(), parts.keySet().containsAll(List.of("[Content_Types].xml", "xl/workbook.xml",
                "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml")));
        String strings = parts.get("xl/sharedStrings.xml");
        assertTrue(strings, strings.contains("<t>客户编号</t>") && strings.contains("<t>合计</t>")
                && strings.contains("<t>" + number + "</t>"));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        // money and shares are numeric cells (no t="s"), the header is bold (a font with <b/>)
        assertTrue(sheet, sheet.contains("<v>10000.0</v>") && sheet.contains("<v>9000.0</v>") && sheet.contains("<v>0.3333</v>"));
        assertTrue(parts.get("xl/styles.xml"), parts.get("xl/styles.xml").contains("<b/>")
                || parts.get("xl/styles.xml").contains("<b val=\"true\"/>"));
        // Accept alone chooses XLSX too
        Download byAccept = download(query, XLSX, null);
        assertEquals(200, byAccept.status());
        assertEquals(XLSX, byAccept.contentType());
    }

    /** A churned customer appears with its reason, date and win-back decision; the from/to range filters. */
    @Test
    public void churnAndWinBackShowsTheDecision() {
        long id = customer("流失挽回测试建材有限公司", "湖北·武汉");
        long version = get("/customers/" + id).get("version").asLong();
        version = status(id, Map.of("status", "NEW", "version", version));
        status(id, Map.of("status", "CHURNED", "churnReason", "价格竞争，转向竞争对手", "version", version));
        Http.Reply decision = http.put("/customers/" + id + "/win-back", ADMIN, Http.json(Map.of("outcome", "WIN_BACK",
                "estimatedCost", cny("20000"), "estimatedValue", cny("300000"), "reason", "年用量大，回款记录良好")));
        assertEquals(decision.toString(), 200, decision.status());
        String number = decision.json().get("number").asText();
        String today = LocalDate.now().toString();

        Download d = download("/reports/churn-win-back?from=" + today, "application/json", "zh-CN");
        assertEquals(d.text(), 200, d.status());
        JsonNode row = rowWith(d.json(), "customerNumber", number);
        assertEquals("价格竞争，转向竞争对手", row.get("churnReason").asText());
        assertEquals(today, row.get("churnedOn").asText());
        assertEquals("流失", row.get("status").asText());
        assertEquals("挽回", row.get("decision").asText());
        assertDecimal("estimated cost", "20000.00", row.get("estimatedCost"));
        assertDecimal("estimated value", "300000.00", row.get("estimatedValue"));
        assertEquals("admin", row.get("decidedBy").asText());
        Download before = download("/reports/churn-win-back?to=" + LocalDate.now().minusDays(1), "application/json", null);
        for (JsonNode r : before.json().get("rows")) {
            assertTrue(r.toString(), !number.equals(r.get("customerNumber").asText()));
        }
        assertEquals(400, download("/reports/churn-win-back?from=yesterday", "application/json", null).status());
    }

    /** Visits of last month per owner against the target: the default (1 a month) and one given as a parameter. */
    @Test
    public void visitComplianceCountsCustomersAtTarget() {
        String owner = "vc" + RUN.toLowerCase();
        LocalDate month = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        long one = created("/customers", object("type", "ORGANIZATION", "name", "拜访甲建材有限公司" + RUN + (++sequence),
                "industry", "cement", "region", "湖北·武汉", "owner", owner, "organization", Map.of("creditCode", creditCode())))
                .get("id").asLong();
        long two = created("/customers", object("type", "ORGANIZATION", "name", "拜访乙建材有限公司" + RUN + (++sequence),
                "industry", "cement", "region", "湖北·武汉", "owner", owner, "organization", Map.of("creditCode", creditCode())))
                .get("id").asLong();
        for (long[] visit : new long[][] {{one, 2}, {one, 20}, {two, 5}}) {
            created("/customers/" + visit[0] + "/activities", object("type", "VISIT", "subject", "月度拜访",
                    "occurredAt", month.plusDays(visit[1]).atTime(10, 0).toString()));
        }
        // a call is no visit, nor is a visit in another month
        created("/customers/" + two + "/activities", object("type", "CALL", "subject", "电话回访",
                "occurredAt", month.plusDays(6).atTime(10, 0).toString()));
        created("/customers/" + two + "/activities", object("type", "VISIT", "subject", "上上月拜访",
                "occurredAt", month.minusDays(3).atTime(10, 0).toString()));
        String query = "/reports/visit-compliance?year=" + month.getYear() + "&month=" + month.getMonthValue();
        Download byDefault = download(query, "application/json", "en");
        assertEquals(byDefault.text(), 200, byDefault.status());
        JsonNode row = rowWith(byDefault.json(), "owner", owner);
        assertEquals(2, row.get("customers").asInt());
        assertEquals(3, row.get("visits").asInt());
        assertEquals(2, row.get("visitedCustomers").asInt());
        assertEquals(2, row.get("compliantCustomers").asInt());
        assertDecimal("rate", "1", row.get("complianceRate"));
        JsonNode strict = rowWith(download(query + "&target=2", "application/json", "en").json(), "owner", owner);
        assertEquals(1, strict.get("compliantCustomers").asInt());
        assertDecimal("rate", "0.5", strict.get("complianceRate"));
    }

    /**
     * Grade reports: ABC runs for last year and this year and a d-class run for this year, over a customer with
     * invoices in both years (gross profit 2,000.00 this year, so D class); then customer structure by grade, grade
     * migration between the two years (and within one period: all on the diagonal), D-class anomalies of the
     * customer's unit and visit compliance per grade.
     */
    @Test
    public void gradeReportsFollowTheGradingRuns() {
        int thisYear = LocalDate.now().getYear();
        int lastYear = thisYear - 1;
        String region = "等级报表区" + RUN;
        long id = customer("等级报表测试建材有限公司", region);
        created("/invoices", object("number", number("INV"), "customerId", id,
                "issueDate", LocalDate.of(lastYear, 3, 10).toString(), "dueDate", LocalDate.of(lastYear, 4, 10).toString(),
                "amount", cny("50000.00"), "cost", cny("40000.00")));
        created("/invoices", object("number", number("INV"), "customerId", id,
                "issueDate", LocalDate.of(thisYear, 1, 2).toString(), "dueDate", LocalDate.of(thisYear, 2, 2).toString(),
                "amount", cny("10000.00"), "cost", cny("8000.00")));
        gradingRun("abc", Integer.toString(lastYear));
        gradingRun("abc", Integer.toString(thisYear));
        gradingRun("d-class", Integer.toString(thisYear));

        Download byGrade = download("/reports/customer-structure?group=grade&policy=abc", "application/json", "zh-CN");
        assertEquals(byGrade.text(), 200, byGrade.status());
        JsonNode structure = byGrade.json();
        assertEquals("grade", structure.get("columns").get(0).get("key").asText());
        assertEquals("等级", structure.get("columns").get(0).get("label").asText());
        long sum = 0;
        for (JsonNode r : structure.get("rows")) {
            sum += r.get("customers").asLong();
        }
        assertEquals(sum, structure.get("totals").get("customers").asLong());
        long all = download("/reports/customer-structure?group=region", "application/json", null).json().get("totals")
                .get("customers").asLong();
        assertEquals(all, sum);
        Download noPolicy = download("/reports/customer-structure?group=grade", "application/json", null);
        assertEquals(noPolicy.text(), 400, noPolicy.status());
        assertEquals("policy", noPolicy.json().get("errors").get(0).get("field").asText());

        Download migration = download("/reports/grade-migration?policy=abc&from=" + lastYear + "&to=" + thisYear,
                "application/json", "en");
        assertEquals(migration.text(), 200, migration.status());
        JsonNode matrix = migration.json();
        assertEquals("STACKED_BAR", matrix.get("chart").asText());
        List<String> keys = new ArrayList<>();
        matrix.get("columns").forEach(c -> keys.add(c.get("key").asText()));
        assertEquals("fromGrade", keys.get(0));
        assertEquals(List.of("gone", "total"), keys.subList(keys.size() - 2, keys.size()));
        assertTrue(keys.toString(), keys.contains("to:A"));
        long cells = 0;
        for (JsonNode r : matrix.get("rows")) {
            long rowSum = 0;
            for (String k : keys.subList(1, keys.size() - 1)) {
                rowSum += r.get(k).asLong();
            }
            assertEquals(r.toString(), rowSum, r.get("total").asLong());
            cells += rowSum;
        }
        assertEquals("new", matrix.get("rows").get(matrix.get("rows").size() - 1).get("fromGrade").asText());
        assertEquals(cells, matrix.get("totals").get("total").asLong());
        assertTrue(cells >= 1);
        // within one period both sides are the same run: nobody new, nobody gone
        JsonNode same = download("/reports/grade-migration?policy=abc&from=" + thisYear + "&to=" + thisYear,
                "application/json", "en").json();
        assertEquals(0, same.get("totals").get("gone").asLong());
        assertEquals(0, same.get("rows").get(same.get("rows").size() - 1).get("total").asLong());
        Download missing = download("/reports/grade-migration?policy=abc&from=1901&to=" + thisYear, "application/json", null);
        assertEquals(missing.text(), 400, missing.status());
        assertEquals("from", missing.json().get("errors").get(0).get("field").asText());

        Download anomalies = download("/reports/d-class-anomalies?year=" + thisYear, "application/json", "en");
        assertEquals(anomalies.text(), 200, anomalies.status());
        JsonNode unit = rowWith(anomalies.json(), "unit", region);
        assertEquals(1, unit.get("customers").asInt());
        assertEquals(1, unit.get("dCustomers").asInt());
        assertEquals(1, unit.get("target").asInt());
        assertDecimal("gross profit", "2000.00", unit.get("grossProfit"));
        assertEquals("Total", anomalies.json().get("totals").get("unit").asText());
        assertEquals(400, download("/reports/d-class-anomalies?year=" + thisYear + "&target=2", "application/json", null)
                .status());

        Download visits = download("/reports/visit-compliance?year=" + thisYear + "&month=1&policy=abc", "application/json",
                "en");
        assertEquals(visits.text(), 200, visits.status());
        assertEquals("grade", visits.json().get("columns").get(0).get("key").asText());
        assertEquals("target", visits.json().get("columns").get(1).get("key").asText());
        for (JsonNode r : visits.json().get("rows")) {
            if (r.get("grade").asText().equals("A")) {
                assertEquals(4, r.get("target").asInt());
            }
        }
    }

    private void gradingRun(String policy, String period) {
        Http.Reply reply = http.post("/grading/runs", ADMIN, Http.json(Map.of("policy", policy, "period", period)));
        assertEquals(reply.toString(), 202, reply.status());
        long run = reply.json().get("id").asLong();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode now = get("/grading/runs/" + run);
            String state = now.get("state").asText();
            if (state.equals("SUCCEEDED")) {
                return;
            }
            assertTrue(now.toString(), !state.equals("FAILED"));
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + run + " did not finish: " + get("/grading/runs/" + run));
    }

    private static String creditCode() {
        StringBuilder first17 = new StringBuilder("91420100");
        for (int i = 0; i < 9; i++) {
            first17.append(CODE_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CODE_ALPHABET.length())));
        }
        return first17 + RestApiIT.checkChar(first17.toString());
    }

    private long status(long id, Map<String, Object> body) {
        Http.Reply reply = http.post("/customers/" + id + "/status", ADMIN, Http.json(body));
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json().get("version").asLong();
    }

    @Test
    public void missingParametersAndUnknownReportsAreProblems() {
        Download missing = download("/reports/monthly-receivables?year=2025", "application/json", null);
        assertEquals(missing.text(), 400, missing.status());
        assertTrue(missing.contentType(), missing.contentType().startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        missing.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("month"), fields);
        Download both = download("/reports/monthly-receivables", "text/csv", null);
        assertEquals(both.text(), 400, both.status());
        assertEquals(2, both.json().get("errors").size());
        Download badMonth = download("/reports/monthly-receivables?year=2025&month=13", "application/json", null);
        assertEquals(badMonth.text(), 400, badMonth.status());
        assertEquals("month", badMonth.json().get("errors").get(0).get("field").asText());
        Download unknown = download("/reports/no-such-report", "application/json", null);
        assertEquals(unknown.text(), 404, unknown.status());
        assertTrue(unknown.contentType(), unknown.contentType().startsWith("application/problem+json"));
        assertEquals(401, http.get("/reports", null).status());
    }

    // ---- helpers

    private static JsonNode rowWith(JsonNode report, String key, String value) {
        for (JsonNode r : report.get("rows")) {
            if (value.equals(r.path(key).asText())) {
                return r;
            }
        }
        throw new AssertionError("no row with " + key + "=" + value + " in " + report);
    }

    private static void assertDecimal(String what, String expected, JsonNode actual) {
        assertNotNull(what, actual);
        // decimals are decimal strings, as everywhere in the API
        assertTrue(what + ": " + actual, actual.isTextual());
        assertEquals(what + ": " + actual, 0, new BigDecimal(expected).compareTo(new BigDecimal(actual.asText())));
    }

    private long customer(String name, String region) {
        StringBuilder first17 = new StringBuilder("91420100");
        for (int i = 0; i < 9; i++) {
            first17.append(CODE_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CODE_ALPHABET.length())));
        }
        String creditCode = first17 + RestApiIT.checkChar(first17.toString());
        return created("/customers", object("type", "ORGANIZATION", "name", name + RUN + (++sequence),
                "industry", "cement", "region", region, "organization", Map.of("creditCode", creditCode)))
                .get("id").asLong();
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

    private static Map<String, String> cny(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }

    private static String number(String prefix) {
        return prefix + "-R" + RUN + "-" + (++sequence);
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
