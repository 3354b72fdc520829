package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.kehu.itest.SoapXml.child;
import static org.kehu.itest.SoapXml.children;
import static org.kehu.itest.SoapXml.envelope;
import static org.kehu.itest.SoapXml.fault;
import static org.kehu.itest.SoapXml.fields;
import static org.kehu.itest.SoapXml.ok;
import static org.kehu.itest.SoapXml.response;
import static org.kehu.itest.SoapXml.text;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The SOAP AnalyticsService of the running distribution, over HTTP with
 * hand-written envelopes: a grading run started and followed, the grades it gave,
 * and a report as a table. Customers and invoices are set up over REST.
 */
public class AnalyticsSoapIT extends KehuTestSupport {

    private static final String PATH = "/soap/AnalyticsService";
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
        WsdlContract.assertCheckedIn(soap, "AnalyticsService");
    }

    @Test
    public void anAbcRunGradesTheCustomersByRevenue() {
        int year = LocalDate.now().getYear() - 1;
        long big = customer("华新水泥武汉经销有限公司", "湖北·武汉");
        long small = customer("鄂州小型建材店", "湖北·鄂州");
        invoice(big, LocalDate.of(year, 3, 1), "900000.00", "700000.00");
        invoice(small, LocalDate.of(year, 5, 1), "10000.00", "8000.00");

        Element started = ok(soap.soap(PATH, ADMIN, envelope("<k:startGradingRun><k:policy>abc</k:policy><k:period>" + year
                + "</k:period></k:startGradingRun>")));
        assertEquals("abc", text(started, "policyId"));
        assertEquals(Integer.toString(year), text(started, "period"));
        assertNotNull(text(started, "state"));
        long id = Long.parseLong(text(started, "id"));

        Element run = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            run = ok(soap.soap(PATH, ADMIN, envelope("<k:getGradingRun><k:id>" + id + "</k:id></k:getGradingRun>")));
            String state = text(run, "state");
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                break;
            }
            sleep(200);
        }
        assertEquals(String.valueOf(text(run, "error")), "SUCCEEDED", text(run, "state"));
        assertEquals(Long.toString(id), text(run, "id"));
        assertEquals("1", text(run, "policyVersion"));
        assertTrue(Long.parseLong(text(run, "total")) >= 2);
        assertEquals(text(run, "total"), text(run, "processed"));
        assertNotNull(text(run, "finishedAt"));

        // two customers with revenue: the first is A (top ⌈0.4⌉ = 1), the second B (up to rank ⌈1.2⌉ = 2)
        assertGrade(big, id, Integer.toString(year), "A");
        assertGrade(small, id, Integer.toString(year), "B");

        Element unknown = fault(soap.soap(PATH, ADMIN, envelope("<k:getGradingRun><k:id>999999999</k:id></k:getGradingRun>")));
        assertEquals("404", text(unknown, "status"));
        Element noPolicy = fault(soap.soap(PATH, ADMIN, envelope(
                "<k:startGradingRun><k:policy>no-such-policy</k:policy><k:period>2025</k:period></k:startGradingRun>")));
        assertEquals("400", text(noPolicy, "status"));
        assertEquals(List.of("policy"), fields(noPolicy));
    }

    private void assertGrade(long customerId, long runId, String period, String grade) {
        Element response = response(soap.soap(PATH, ADMIN, envelope("<k:getCustomerGrades><k:customerId>" + customerId
                + "</k:customerId></k:getCustomerGrades>")));
        Element abc = null;
        for (Element g : children(response, "grade")) {
            if ("abc".equals(text(g, "policyId"))) {
                abc = g;
            }
        }
        assertNotNull("no abc grade of " + customerId, abc);
        assertEquals(grade, text(abc, "grade"));
        assertEquals(period, text(abc, "period"));
        assertEquals(Long.toString(customerId), text(abc, "customerId"));
        assertEquals(Long.toString(runId), text(abc, "runId"));
        assertFalse(text(abc, "reason").isBlank());
    }

    @Test
    public void customerStructureByRegionInChinese() {
        String region = "SOAP报表区" + RUN;
        customer("结构甲建材有限公司", region);
        customer("结构乙建材有限公司", region);

        Element report = ok(soap.soap(PATH, ADMIN, runReport("customer-structure",
                "<k:parameter><k:name>group</k:name><k:value>region</k:value></k:parameter>", "zh-CN")));
        assertEquals("customer-structure", text(report, "id"));
        assertEquals("PIE", text(report, "chart"));
        List<Element> columns = children(report, "column");
        assertEquals("region", text(columns.get(0), "key"));
        assertEquals("TEXT", text(columns.get(0), "type"));
        assertEquals("地区", text(columns.get(0), "label"));
        assertEquals("customers", text(columns.get(1), "key"));
        assertEquals("PERCENT", text(columns.get(2), "type"));

        Element row = null;
        for (Element r : children(report, "row")) {
            if (region.equals(cell(r, "region"))) {
                row = r;
            }
        }
        assertNotNull("no row of " + region, row);
        assertEquals("2", cell(row, "customers"));
        Element totals = child(report, "totals");
        assertEquals("合计", cell(totals, "region"));
        assertTrue(Long.parseLong(cell(totals, "customers")) >= 2);

        Element english = ok(soap.soap(PATH, ADMIN, runReport("customer-structure",
                "<k:parameter><k:name>group</k:name><k:value>region</k:value></k:parameter>", "en")));
        assertEquals("Region", text(children(english, "column").get(0), "label"));
    }

    @Test
    public void badReportCallsAreFaults() {
        Element missing = fault(soap.soap(PATH, ADMIN, runReport("monthly-receivables",
                "<k:parameter><k:name>month</k:name><k:value>3</k:value></k:parameter>", "en")));
        assertEquals("400", text(missing, "status"));
        assertEquals(List.of("year"), fields(missing));

        Element badGroup = fault(soap.soap(PATH, ADMIN, runReport("customer-structure",
                "<k:parameter><k:name>group</k:name><k:value>colour</k:value></k:parameter>", "en")));
        assertEquals("400", text(badGroup, "status"));
        assertEquals(List.of("group"), fields(badGroup));

        Element unknown = fault(soap.soap(PATH, ADMIN, runReport("no-such-report", "", "en")));
        assertEquals("404", text(unknown, "status"));

        // the schema is enforced: zh-CN or en only
        Http.Reply badLanguage = soap.soap(PATH, ADMIN, runReport("customer-structure", "", "fr"));
        assertEquals(500, badLanguage.status());
        assertTrue(badLanguage.body(), badLanguage.body().contains("Fault"));
    }

    @Test
    public void callsWithoutValidCredentialsGet401() {
        String body = runReport("customer-structure", "", "en");
        Http.Reply anonymous = soap.soap(PATH, null, body);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertTrue(anonymous.body().contains("Fault"));
        assertEquals(401, soap.soap(PATH, "admin:nope", body).status());
    }

    // ---- helpers

    private long customer(String name, String region) {
        Http.Reply reply = rest.post("/customers", ADMIN, Http.json(Map.of("type", "ORGANIZATION", "name", name + RUN,
                "industry", "cement", "region", region)));
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private void invoice(long customerId, LocalDate issued, String amount, String cost) {
        Http.Reply reply = rest.post("/invoices", ADMIN, Http.json(Map.of("number", "FP-" + RUN + "-" + customerId,
                "customerId", customerId, "issueDate", issued.toString(), "dueDate", issued.plusDays(30).toString(),
                "amount", Map.of("amount", amount, "currency", "CNY"), "cost", Map.of("amount", cost, "currency", "CNY"))));
        assertEquals(reply.toString(), 201, reply.status());
    }

    private static String runReport(String id, String parameters, String language) {
        return envelope("<k:runReport><k:reportId>" + id + "</k:reportId>" + parameters + "<k:language>" + language
                + "</k:language></k:runReport>");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** The value of a row's cell for a column; {@code null} when the row has no such cell. */
    private static String cell(Element row, String column) {
        for (Element c : children(row, "cell")) {
            if (column.equals(c.getAttribute("column"))) {
                return c.getTextContent().strip();
            }
        }
        return null;
    }
}
