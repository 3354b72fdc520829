package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The SOAP LedgerService of the running distribution as an ERP uses it, over
 * HTTP with hand-written envelopes: invoices and payments go in, the shipment
 * gate answers, credit comes out. Customers, limits and contracts are set up
 * over REST.
 */
public class LedgerSoapIT extends KehuTestSupport {

    private static final String PATH = "/soap/LedgerService";
    private static final String ERP = "admin";

    private Http soap;
    private Http rest;

    @Before
    public void connect() {
        String base = baseUrl();
        soap = new Http(base);
        rest = new Http(base + "/api/v1");
    }

    /** A customer with an annual credit limit of 100,000 CNY, 30 days' term and an active contract over 100 t. */
    private record Party(long customerId, long contractId) {
    }

    private Party party(String name) {
        Http.Reply customer = rest.post("/customers", ERP, Http.json(Map.of("type", "ORGANIZATION", "name", name,
                "industry", "cement", "region", "湖北·武汉")));
        assertEquals(customer.toString(), 201, customer.status());
        long customerId = customer.json().get("id").asLong();

        Element before = ok(soap.soap(PATH, ERP, getCredit(customerId)));
        assertEquals(0, new BigDecimal(text(child(before, "annualLimit"), "amount")).signum());
        Http.Reply limit = rest.put("/customers/" + customerId + "/credit", ERP, Http.json(Map.of(
                "annualLimit", Map.of("amount", "100000.00", "currency", "CNY"),
                "paymentTermDays", 30,
                "reason", "年度授信评审通过",
                "version", Long.parseLong(text(before, "version")))));
        assertEquals(limit.toString(), 200, limit.status());

        LocalDate today = LocalDate.now();
        Http.Reply contract = rest.post("/contracts", ERP, Http.json(Map.of(
                "customerId", customerId,
                "title", "P.O 42.5 散装水泥年度供货合同",
                "amount", Map.of("amount", "300000.00", "currency", "CNY"),
                "quantity", 100,
                "unit", "t",
                "startDate", today.minusDays(90).toString(),
                "endDate", today.plusDays(275).toString(),
                "paymentTermDays", 30,
                "paymentMode", "CREDIT")));
        assertEquals(contract.toString(), 201, contract.status());
        return new Party(customerId, Approvals.activate(rest, contract.json().get("id").asLong()).get("id").asLong());
    }

    @Test
    public void wsdlIsTheCheckedInContract() throws IOException {
        WsdlContract.assertCheckedIn(soap, "LedgerService");
    }

    /** Every reason of the gate comes back over SOAP as a refusal with its code and message. */
    @Test
    public void everyRefusalReasonIsAnsweredWithItsCode() {
        Party party = party("华新水泥鄂州建材有限公司");
        assertRefused(ok(soap.soap(PATH, ERP, requestShipment(party, "FH-L-" + party.customerId(), "10", "150000.00"))),
                "LIMIT_EXCEEDED");
        assertRefused(ok(soap.soap(PATH, ERP, requestShipment(party, "FH-Q-" + party.customerId(), "101", "1000.00"))),
                "QUANTITY_MISMATCH");
        assertRefused(ok(soap.soap(PATH, ERP, envelope("<k:requestShipment><k:shipment><k:customerId>" + party.customerId()
                + "</k:customerId><k:quantity>1</k:quantity>" + money("amount", "1000.00", "CNY")
                + "</k:shipment></k:requestShipment>"))), "NO_CONTRACT");
        assertRefused(ok(soap.soap(PATH, ERP, envelope("<k:requestShipment><k:shipment><k:customerId>" + party.customerId()
                + "</k:customerId><k:quantity>1</k:quantity>" + money("amount", "1000.00", "CNY")
                + "<k:paidInAdvance>true</k:paidInAdvance></k:shipment></k:requestShipment>"))), "PREPAYMENT_MISSING");

        Http.Reply black = rest.post("/lists", ERP, Http.json(Map.of("customerId", party.customerId(), "list", "BLACK",
                "reason", "多次恶意拖欠货款")));
        assertEquals(black.toString(), 201, black.status());
        assertRefused(ok(soap.soap(PATH, ERP, requestShipment(party, "FH-B-" + party.customerId(), "1", "1000.00"))),
                "BLACK_LISTED");

        Http.Reply customer = rest.post("/customers", ERP, Http.json(Map.of("type", "ORGANIZATION", "name", "未授信水泥经销部",
                "industry", "cement", "region", "湖北·鄂州")));
        long noCredit = customer.json().get("id").asLong();
        Http.Reply contract = rest.post("/contracts", ERP, Http.json(Map.of("customerId", noCredit, "title", "散装水泥供货合同",
                "amount", Map.of("amount", "50000.00", "currency", "CNY"), "quantity", 100, "unit", "t",
                "startDate", LocalDate.now().minusDays(10).toString(), "endDate", LocalDate.now().plusDays(100).toString(),
                "paymentMode", "CREDIT")));
        assertEquals(contract.toString(), 201, contract.status());
        Party unrated = new Party(noCredit, Approvals.activate(rest, contract.json().get("id").asLong()).get("id").asLong());
        assertRefused(ok(soap.soap(PATH, ERP, requestShipment(unrated, "FH-N-" + noCredit, "1", "1000.00"))), "NO_CREDIT");
        assertEquals(6, rest.get("/shipments?decision=REFUSED&customerId=" + party.customerId(), ERP).json().get("total").asInt()
                + rest.get("/shipments?decision=REFUSED&customerId=" + noCredit, ERP).json().get("total").asInt());
    }

    private static void assertRefused(Element shipment, String code) {
        assertEquals("REFUSED", text(shipment, "decision"));
        assertTrue(code + " in " + codes(shipment), codes(shipment).contains(code));
        for (Element refusal : children(shipment, "refusal")) {
            assertFalse(text(refusal, "message").isBlank());
        }
    }

    @Test
    public void anOverdueInvoiceStopsShipmentsUntilItIsPaid() {
        Party party = party("葛洲坝水泥荆门经销有限公司");
        long customerId = party.customerId();
        LocalDate today = LocalDate.now();

        String invoiceNumber = "FP-" + customerId + "-1";
        Element invoice = ok(soap.soap(PATH, ERP, recordInvoice(customerId, party.contractId(), invoiceNumber,
                today.minusDays(60), today.minusDays(30), money("amount", "20000.00", "CNY") + money("cost", "16000.00", "CNY"))));
        long invoiceId = Long.parseLong(text(invoice, "id"));
        assertEquals(invoiceNumber, text(invoice, "number"));
        assertEquals(Long.toString(customerId), text(invoice, "customerId"));
        assertEquals(today.minusDays(30).toString(), text(invoice, "dueDate"));
        assertEquals("OPEN", text(invoice, "status"));
        assertMoney("20000.00", invoice, "openAmount");

        // a refusal is an answer, not a fault
        Element refused = ok(soap.soap(PATH, ERP, requestShipment(party, "FH-" + customerId + "-1", "10", "30000.00")));
        assertEquals("REFUSED", text(refused, "decision"));
        assertTrue(codes(refused).toString(), codes(refused).contains("OVERDUE"));
        for (Element refusal : children(refused, "refusal")) {
            assertFalse(text(refusal, "message") == null || text(refusal, "message").isBlank());
        }
        assertMoney("100000.00", refused, "creditLimit");

        Element credit = ok(soap.soap(PATH, ERP, getCredit(customerId)));
        assertEquals(Long.toString(customerId), text(credit, "customerId"));
        assertMoney("100000.00", credit, "annualLimit");
        assertMoney("100000.00", credit, "effectiveLimit");
        assertEquals("30", text(credit, "paymentTermDays"));
        assertMoney("20000.00", credit, "openReceivables");
        assertMoney("20000.00", credit, "exposure");
        assertMoney("80000.00", credit, "available");
        assertMoney("20000.00", credit, "overdueAmount");
        assertEquals("30", text(credit, "oldestOverdueDays"));
        assertTrue(children(credit, "temporaryCredit").isEmpty());

        // part of it, applied by the service to the oldest open invoice: still overdue
        Element partial = ok(soap.soap(PATH, ERP, recordPayment(customerId, "HK-" + customerId + "-1",
                money("amount", "5000.00", "CNY"))));
        List<Element> applied = children(partial, "allocation");
        assertEquals(1, applied.size());
        assertEquals(Long.toString(invoiceId), text(applied.get(0), "invoiceId"));
        assertEquals(invoiceNumber, text(applied.get(0), "invoiceNumber"));
        assertMoney("5000.00", applied.get(0), "amount");
        Element stillRefused = ok(soap.soap(PATH, ERP, requestShipment(party, "FH-" + customerId + "-2", "10", "30000.00")));
        assertEquals("REFUSED", text(stillRefused, "decision"));
        assertTrue(codes(stillRefused).contains("OVERDUE"));

        // the rest, allocated explicitly: the same request is allowed
        Element payment = ok(soap.soap(PATH, ERP, recordPayment(customerId, "HK-" + customerId + "-2",
                money("amount", "15000.00", "CNY") + "<k:allocation><k:invoiceId>" + invoiceId + "</k:invoiceId>"
                        + money("amount", "15000.00", "CNY") + "</k:allocation>")));
        assertEquals("HK-" + customerId + "-2", text(payment, "number"));
        assertMoney("15000.00", payment, "amount");
        assertMoney("0", payment, "unapplied");
        List<Element> allocations = children(payment, "allocation");
        assertEquals(1, allocations.size());
        assertEquals(Long.toString(invoiceId), text(allocations.get(0), "invoiceId"));
        assertMoney("15000.00", allocations.get(0), "amount");

        Element allowed = ok(soap.soap(PATH, ERP, requestShipment(party, "FH-" + customerId + "-3", "10", "30000.00")));
        assertEquals("ALLOWED", text(allowed, "decision"));
        assertEquals(List.of(), codes(allowed));
        assertEquals(Long.toString(party.contractId()), text(allowed, "contractId"));

        // the goods shipped and not yet invoiced are the exposure now
        Element after = ok(soap.soap(PATH, ERP, getCredit(customerId)));
        assertMoney("100000.00", after, "annualLimit");
        assertMoney("30000.00", after, "exposure");
        assertMoney("70000.00", after, "available");
        assertEquals(0, new BigDecimal("0.3").compareTo(new BigDecimal(text(after, "utilization"))));
        assertMoney("0", after, "overdueAmount");
        assertNull(text(after, "oldestOverdueDays"));
        assertMoney("0", after, "prepayments");

        // an advance payment kept on account covers a shipment paid in advance
        Element advance = ok(soap.soap(PATH, ERP, recordPayment(customerId, "HK-" + customerId + "-3",
                money("amount", "7000.00", "CNY") + "<k:onAccount>true</k:onAccount>")));
        assertMoney("7000.00", advance, "unapplied");
        assertTrue(children(advance, "allocation").isEmpty());
        assertMoney("7000.00", ok(soap.soap(PATH, ERP, getCredit(customerId))), "prepayments");

        JsonNode invoices = invoices(customerId);
        assertEquals(1, invoices.get("total").asInt());
        assertEquals("PAID", invoices.at("/items/0/status").asText());
    }

    @Test
    public void badInputIsAFaultWithFieldErrorsAndStoresNothing() {
        Party party = party("华新水泥襄阳经销有限公司");
        long customerId = party.customerId();
        LocalDate today = LocalDate.now();

        for (String[] bad : List.of(
                new String[] {"-100.00", "CNY"},
                new String[] {"100.005", "CNY"},
                new String[] {"100.00", "USD"},
                new String[] {"100.00", "XYZ"})) {
            Element problem = fault(soap.soap(PATH, ERP, recordInvoice(customerId, party.contractId(), "FP-" + customerId + "-X",
                    today, today.plusDays(30), money("amount", bad[0], bad[1]))));
            assertEquals(String.join(" ", bad), "400", text(problem, "status"));
            assertTrue(String.join(" ", bad) + ": " + fields(problem), fields(problem).stream().anyMatch(f -> f.startsWith("amount")));
        }
        Element negativePayment = fault(soap.soap(PATH, ERP, recordPayment(customerId, "HK-" + customerId + "-X",
                money("amount", "-5000.00", "CNY"))));
        assertEquals("400", text(negativePayment, "status"));
        assertTrue(fields(negativePayment).toString(), fields(negativePayment).stream().anyMatch(f -> f.startsWith("amount")));
        Element fractionalShipment = fault(soap.soap(PATH, ERP, requestShipment(party, "FH-" + customerId + "-X", "10",
                "30000.001")));
        assertEquals("400", text(fractionalShipment, "status"));
        assertTrue(fields(fractionalShipment).toString(),
                fields(fractionalShipment).stream().anyMatch(f -> f.startsWith("amount")));

        // the schema is enforced before the service sees the request
        Http.Reply notANumber = soap.soap(PATH, ERP, recordInvoice(customerId, party.contractId(), "FP-" + customerId + "-Y",
                today, today.plusDays(30), money("amount", "两万", "CNY")));
        assertEquals(500, notANumber.status());
        assertTrue(notANumber.body(), notANumber.body().contains("Fault"));
        Http.Reply noNumber = soap.soap(PATH, ERP, envelope("<k:recordInvoice><k:invoice><k:customerId>" + customerId
                + "</k:customerId>" + money("amount", "100.00", "CNY") + "</k:invoice></k:recordInvoice>"));
        assertEquals(500, noNumber.status());
        assertTrue(noNumber.body(), noNumber.body().contains("Fault"));
        Http.Reply notADate = soap.soap(PATH, ERP, envelope("<k:recordInvoice><k:invoice><k:number>FP-" + customerId
                + "-Z</k:number><k:customerId>" + customerId + "</k:customerId><k:issueDate>2026/07/01</k:issueDate>"
                + money("amount", "100.00", "CNY") + "</k:invoice></k:recordInvoice>"));
        assertEquals(500, notADate.status());
        assertTrue(notADate.body(), notADate.body().contains("Fault"));

        assertEquals(0, invoices(customerId).get("total").asInt());

        Element unknown = fault(soap.soap(PATH, ERP, getCredit(999_999_999L)));
        assertEquals("404", text(unknown, "status"));

        String number = "FP-" + customerId + "-1";
        String valid = recordInvoice(customerId, party.contractId(), number, today, today.plusDays(30),
                money("amount", "100.00", "CNY") + money("cost", "80.00", "CNY"));
        ok(soap.soap(PATH, ERP, valid));
        Element duplicate = fault(soap.soap(PATH, ERP, valid));
        assertEquals("409", text(duplicate, "status"));
        assertEquals(1, invoices(customerId).get("total").asInt());
    }

    @Test
    public void callsWithoutValidCredentialsGet401() {
        String body = getCredit(1);
        Http.Reply anonymous = soap.soap(PATH, null, body);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertTrue(anonymous.body().contains("Fault"));
        assertEquals(401, soap.soap(PATH, "admin:nope", body).status());
    }

    private JsonNode invoices(long customerId) {
        Http.Reply reply = rest.get("/invoices?customerId=" + customerId, ERP);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static String money(String element, String amount, String currency) {
        return "<k:" + element + "><k:amount>" + amount + "</k:amount><k:currency>" + currency + "</k:currency></k:" + element + ">";
    }

    private static String recordInvoice(long customerId, long contractId, String number, LocalDate issueDate, LocalDate dueDate,
            String money) {
        return envelope("<k:recordInvoice><k:invoice><k:number>" + number + "</k:number><k:customerId>" + customerId
                + "</k:customerId><k:contractId>" + contractId + "</k:contractId><k:issueDate>" + issueDate + "</k:issueDate>"
                + "<k:dueDate>" + dueDate + "</k:dueDate>" + money + "</k:invoice></k:recordInvoice>");
    }

    /** {@code rest} is the amount and, optionally, {@code allocation} elements. */
    private static String recordPayment(long customerId, String number, String rest) {
        return envelope("<k:recordPayment><k:payment><k:number>" + number + "</k:number><k:customerId>" + customerId
                + "</k:customerId><k:receivedDate>" + LocalDate.now() + "</k:receivedDate>" + rest
                + "</k:payment></k:recordPayment>");
    }

    private static String requestShipment(Party party, String number, String tonnes, String amount) {
        return envelope("<k:requestShipment><k:shipment><k:customerId>" + party.customerId() + "</k:customerId>"
                + "<k:contractId>" + party.contractId() + "</k:contractId><k:number>" + number + "</k:number>"
                + "<k:shipDate>" + LocalDate.now() + "</k:shipDate><k:quantity>" + tonnes + "</k:quantity>"
                + money("amount", amount, "CNY") + "</k:shipment></k:requestShipment>");
    }

    private static String getCredit(long customerId) {
        return envelope("<k:getCredit><k:customerId>" + customerId + "</k:customerId></k:getCredit>");
    }

    private static List<String> codes(Element shipment) {
        List<String> codes = new ArrayList<>();
        children(shipment, "refusal").forEach(r -> codes.add(text(r, "code")));
        return codes;
    }

    private static void assertMoney(String expected, Element parent, String name) {
        Element money = child(parent, name);
        BigDecimal amount = money == null ? BigDecimal.ZERO : new BigDecimal(text(money, "amount"));
        assertEquals(name + " is " + amount, 0, new BigDecimal(expected).compareTo(amount));
        if (money != null) {
            assertEquals("CNY", text(money, "currency"));
        }
    }
}
