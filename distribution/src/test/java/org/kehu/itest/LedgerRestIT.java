package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ledger and credit control over HTTP: the shipment gate, four-flow
 * consistency, validation of monetary input, the yearly figures, concurrent
 * payments and the credit rules. Every test creates its own customers.
 */
public class LedgerRestIT extends KehuTestSupport {

    private static final String ADMIN = "admin";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Http http;

    @Before
    public void connect() {
        http = new Http(baseUrl() + "/api/v1");
    }

    /** Each reason of the gate, the refusal kept on record, prepaid goods passing, and payment clearing the way. */
    @Test
    public void theShipmentGateRefusesForEachReasonAndKeepsTheDecision() {
        long good = customer("信用良好建材有限公司");
        grantLimit(good, "500000.00");
        long goodContract = contract(good, "1000000.00", "1000", "CREDIT", 30);
        assertAllowed(shipment(good, goodContract, "10", "10000.00", false));
        assertDecimal("shipped quantity", "10", get("/contracts/" + goodContract).get("shippedQuantity"));

        assertRefused(shipment(good, null, "10", "10000.00", false), "NO_CONTRACT");
        // 990 of the 1000 contracted remain
        assertRefused(shipment(good, goodContract, "991", "10000.00", false), "QUANTITY_MISMATCH");
        assertRefused(shipment(good, goodContract, "10", "2000000.00", false), "LIMIT_EXCEEDED");

        long noCredit = customer("未授信商贸有限公司");
        long noCreditContract = contract(noCredit, "500000.00", "500", "CREDIT", 30);
        assertRefused(shipment(noCredit, noCreditContract, "10", "10000.00", false), "NO_CREDIT");

        long late = customer("逾期未付建材有限公司");
        grantLimit(late, "200000.00");
        long lateContract = contract(late, "500000.00", "500", "CREDIT", 30);
        LocalDate today = LocalDate.now();
        invoice(late, lateContract, today.minusDays(60), today.minusDays(30), "5000.00", "4000.00");
        JsonNode overdue = shipment(late, lateContract, "10", "10000.00", false);
        assertRefused(overdue, "OVERDUE");

        long black = customer("黑名单贸易有限公司");
        grantLimit(black, "200000.00");
        long blackContract = contract(black, "500000.00", "500", "CREDIT", 30);
        blackList(black);
        assertRefused(shipment(black, blackContract, "10", "10000.00", false), "BLACK_LISTED");

        // the refusal is a recorded decision with its reasons
        JsonNode stored = get("/shipments/" + overdue.get("id").asLong());
        assertEquals("REFUSED", stored.get("decision").asText());
        assertTrue(stored.toString(), codes(stored).contains("OVERDUE"));
        for (JsonNode refusal : stored.get("refusals")) {
            assertFalse(stored.toString(), refusal.path("message").asText().isBlank());
        }
        JsonNode refusedOfLate = get("/shipments?customerId=" + late + "&decision=REFUSED");
        assertEquals(1, refusedOfLate.get("total").asInt());
        assertEquals(overdue.get("id").asLong(), refusedOfLate.get("items").get(0).get("id").asLong());

        // goods paid in advance need neither credit nor a contract, nor a clean record, but the money on account
        assertRefused(shipment(noCredit, null, "10", "10000.00", true), "PREPAYMENT_MISSING");
        JsonNode advance = payment(noCredit, null, "10000.00", List.of());
        assertMoney("kept on account", "10000.00", advance.get("unapplied"));
        assertMoney("prepayments", "10000.00", get("/customers/" + noCredit + "/credit").get("prepayments"));
        payment(black, null, "10000.00", List.of());
        payment(late, null, "10000.00", List.of());
        payment(good, null, "2000000.00", List.of());
        assertAllowed(shipment(noCredit, null, "10", "10000.00", true));
        assertMoney("prepayments drawn on", "0", get("/customers/" + noCredit + "/credit").get("prepayments"));
        assertRefused(shipment(noCredit, null, "1", "0.01", true), "PREPAYMENT_MISSING");
        assertAllowed(shipment(black, blackContract, "10", "10000.00", true));
        assertAllowed(shipment(late, lateContract, "10", "10000.00", true));
        assertAllowed(shipment(good, goodContract, "10", "2000000.00", true));

        // once the overdue invoice is paid, the same request passes
        payment(late, null, "5000.00", null);
        assertAllowed(shipment(late, lateContract, "10", "10000.00", false));
        assertEquals(2, get("/shipments?customerId=" + late + "&decision=ALLOWED").get("total").asInt());
        assertEquals(3, get("/shipments?customerId=" + late).get("total").asInt());

        // the invoice of a prepaid shipment takes the money on account and releases the shipment's claim on it
        JsonNode prepaid = get("/shipments?customerId=" + noCredit + "&decision=ALLOWED").get("items").get(0);
        JsonNode billed = created("/invoices", object("number", number("INV"), "customerId", noCredit,
                "shipmentId", prepaid.get("id").asLong(), "amount", cny("10000.00"), "cost", cny("8000.00")));
        assertEquals(billed.toString(), "PAID", billed.get("status").asText());
        JsonNode settled = get("/customers/" + noCredit + "/credit");
        assertMoney("nothing open", "0", settled.get("openReceivables"));
        assertMoney("nothing left on account", "0", settled.get("prepayments"));
    }

    /** Four-flow mismatches are found; bad money is refused field by field and stores nothing. */
    @Test
    public void fourFlowMismatchesAreFoundAndBadMoneyIsRefused() {
        LocalDate today = LocalDate.now();
        long a = customer("四流合同方水泥有限公司");
        long b = customer("四流开票方建材有限公司");
        long c = customer("四流付款方贸易有限公司");
        long contractOfA = contract(a, "800000.00", "800", "CREDIT", 30);
        JsonNode invoiceOfB = invoice(b, contractOfA, today, today.plusDays(30), "20000.00", "16000.00");
        JsonNode invoiceOfA = invoice(a, contractOfA, today, today.plusDays(30), "30000.00", "24000.00");
        JsonNode paymentOfC = payment(c, null, "1000.00",
                List.of(Map.of("invoiceId", invoiceOfA.get("id").asLong(), "amount", cny("1000.00"))));
        assertEquals(invoiceOfA.get("id").asLong(), paymentOfC.get("allocations").get(0).get("invoiceId").asLong());

        JsonNode mismatches = get("/ledger/mismatches?customerId=" + a + "&size=500");
        JsonNode invoiceFlow = find(mismatches.get("items"), "INVOICE", invoiceOfB.get("id").asLong());
        assertNotNull(mismatches.toString(), invoiceFlow);
        assertEquals(contractOfA, invoiceFlow.get("contractId").asLong());
        assertEquals(a, invoiceFlow.get("contractCustomerId").asLong());
        assertEquals(b, invoiceFlow.get("recordCustomerId").asLong());
        JsonNode paymentFlow = find(mismatches.get("items"), "PAYMENT", paymentOfC.get("id").asLong());
        assertNotNull(mismatches.toString(), paymentFlow);
        assertEquals(contractOfA, paymentFlow.get("contractId").asLong());
        assertEquals(a, paymentFlow.get("contractCustomerId").asLong());
        assertEquals(c, paymentFlow.get("recordCustomerId").asLong());
        assertNull(mismatches.toString(), find(mismatches.get("items"), "INVOICE", invoiceOfA.get("id").asLong()));
        // the other party of each mismatch finds it too
        assertNotNull(find(get("/ledger/mismatches?customerId=" + b + "&size=500").get("items"), "INVOICE",
                invoiceOfB.get("id").asLong()));
        assertNotNull(find(get("/ledger/mismatches?customerId=" + c + "&size=500").get("items"), "PAYMENT",
                paymentOfC.get("id").asLong()));

        // monetary input: not negative, at most two decimals, the ledger currency, a number
        long m = customer("金额校验建材有限公司");
        String number = number("INV");
        List<Map<String, Object>> badAmounts = List.of(
                Map.of("amount", "-100.00", "currency", "CNY"),
                Map.of("amount", "100.005", "currency", "CNY"),
                Map.of("amount", "100.00", "currency", "USD"),
                Map.of("amount", "abc", "currency", "CNY"));
        for (Map<String, Object> amount : badAmounts) {
            Http.Reply reply = http.post("/invoices", ADMIN, Http.json(invoiceBody(number, m, null, today, null, amount,
                    cny("80.00"))));
            assertProblem(reply, 400);
            List<String> fields = fields(reply);
            assertTrue(amount + " -> " + reply, !fields.isEmpty() && fields.stream().allMatch(f -> f.startsWith("amount")));
            if (!"USD".equals(amount.get("currency"))) {
                assertEquals(reply.toString(), List.of("amount.amount"), fields);
            }
        }
        Http.Reply negativeCost = http.post("/invoices", ADMIN, Http.json(invoiceBody(number, m, null, today, null,
                cny("100.00"), cny("-1.00"))));
        assertProblem(negativeCost, 400);
        assertEquals(negativeCost.toString(), List.of("cost.amount"), fields(negativeCost));
        Http.Reply noCost = http.post("/invoices", ADMIN, Http.json(invoiceBody(number, m, null, today, null,
                cny("100.00"), null)));
        assertProblem(noCost, 400);
        assertEquals(noCost.toString(), List.of("cost"), fields(noCost));
        Http.Reply badPayment = http.post("/payments", ADMIN, Http.json(paymentBody(number("PAY"), m, null,
                cny("0.001"), null)));
        assertProblem(badPayment, 400);
        assertEquals(badPayment.toString(), List.of("amount.amount"), fields(badPayment));
        assertEquals(0, get("/invoices?customerId=" + m).get("total").asInt());
        assertEquals(0, get("/payments?customerId=" + m).get("total").asInt());

        created("/invoices", invoiceBody(number, m, null, today, null, cny("100.00"), cny("80.00")));
        assertProblem(http.post("/invoices", ADMIN, Http.json(invoiceBody(number, m, null, today, null, cny("100.00"),
                cny("80.00")))), 409);
        assertEquals(1, get("/invoices?customerId=" + m).get("total").asInt());

        assertEquals(401, http.get("/invoices?customerId=" + m, null).status());
        assertEquals(401, http.post("/contracts", "admin:wrong", Http.json(contractBody(m, "100.00", "1", "CREDIT", 30))).status());

        // query parameters are checked by name
        assertEquals(List.of("customerId"), fields(problem(http.get("/invoices?customerId=abc", ADMIN), 400)));
        assertEquals(List.of("open"), fields(problem(http.get("/invoices?open=maybe", ADMIN), 400)));
        assertEquals(List.of("decision"), fields(problem(http.get("/shipments?decision=MAYBE", ADMIN), 400)));
        assertEquals(List.of("asOf"), fields(problem(http.get("/receivables/aging?asOf=2026-13-01", ADMIN), 400)));
        assertEquals(List.of("customerId"), fields(problem(http.get("/lists/history", ADMIN), 400)));
        assertEquals(List.of("kind"), fields(problem(http.get("/credit/warnings?kind=SUNNY", ADMIN), 400)));
        assertEquals(List.of("period"), fields(problem(http.post("/rebates/runs", ADMIN, "{}"), 400)));
        assertEquals(List.of("periode"), fields(problem(http.post("/rebates/runs", ADMIN, "{\"periode\":\"2026\"}"), 400)));
        assertEquals(List.of("invoiceId"), fields(problem(http.post("/rebates/1/settlement", ADMIN, "{}"), 400)));

        JsonNode paths = http.get("/openapi.json", null).json().get("paths");
        for (String path : List.of("/contracts", "/contracts/{id}/status", "/orders/{id}/cancellation", "/shipments",
                "/invoices", "/payments", "/customers/{id}/credit", "/customers/{id}/credit/temporary",
                "/customers/{id}/credit/history", "/customers/{id}/figures", "/credit/warnings", "/lists", "/lists/history",
                "/receivables/aging", "/ledger/mismatches", "/rebates", "/rebates/runs", "/rebates/{id}/settlement")) {
            assertNotNull("OpenAPI lists " + path, paths.get(path));
        }
    }

    /** The yearly figures of one customer, computed by hand. */
    @Test
    public void figuresMatchAHandComputedExample() {
        LocalDate today = LocalDate.now();
        // early in a year nothing of the year is overdue yet: then the example runs in the past year, as of its end
        int year = today.getDayOfYear() > 60 ? today.getYear() : today.getYear() - 1;
        LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        LocalDate issued = LocalDate.of(year, 1, 10);
        LocalDate due = issued.plusDays(30);
        LocalDate issuedCod = LocalDate.of(year, 1, 20);

        long f = customer("年度指标水泥有限公司");
        long credit = contract(f, "1000000.00", "1000", "CREDIT", 30);
        long cod = contract(f, "200000.00", "200", "CASH_ON_DELIVERY", null);
        JsonNode onCredit = invoice(f, credit, issued, null, "100000.00", "80000.00");
        assertEquals("due date = issue date + the contract's 30 days", due.toString(), onCredit.get("dueDate").asText());
        JsonNode onDelivery = invoice(f, cod, issuedCod, issuedCod, "50000.00", "35000.00");
        payment(f, LocalDate.of(year, 2, 1), "80000.00", List.of(
                Map.of("invoiceId", onDelivery.get("id").asLong(), "amount", cny("50000.00")),
                Map.of("invoiceId", onCredit.get("id").asLong(), "amount", cny("30000.00"))));

        JsonNode partly = get("/invoices/" + onCredit.get("id").asLong());
        assertMoney("paid", "30000.00", partly.get("paidAmount"));
        assertMoney("open", "70000.00", partly.get("openAmount"));
        assertEquals("PARTIALLY_PAID", partly.get("status").asText());
        assertEquals("PAID", get("/invoices/" + onDelivery.get("id").asLong()).get("status").asText());

        JsonNode figures = get("/customers/" + f + "/figures?year=" + year);
        assertEquals(year, figures.get("year").asInt());
        assertEquals(asOf.toString(), figures.get("asOf").asText());
        assertMoney("revenue", "150000.00", figures.get("revenue"));
        assertMoney("cost", "115000.00", figures.get("cost"));
        assertMoney("gross profit", "35000.00", figures.get("grossProfit"));
        // 35000 / 150000 and 50000 / 150000
        assertEquals(figures.toString(), new BigDecimal("0.2333"), decimal(figures.get("grossMargin")).setScale(4, RoundingMode.HALF_UP));
        assertEquals(figures.toString(), new BigDecimal("0.3333"),
                decimal(figures.get("cashOnDeliveryShare")).setScale(4, RoundingMode.HALF_UP));
        assertMoney("open receivables", "70000.00", figures.get("openReceivables"));
        assertMoney("overdue receivables", "70000.00", figures.get("overdueReceivables"));
        long daysPastDue = ChronoUnit.DAYS.between(due, asOf);
        assertEquals(figures.toString(), daysPastDue, figures.get("oldestOverdueDays").asLong());
        String bucket = bucket(daysPastDue);
        BigDecimal inBuckets = BigDecimal.ZERO;
        boolean found = false;
        for (JsonNode b : figures.get("aging")) {
            JsonNode value = b.path("amount").path("amount");
            BigDecimal amount = value.isMissingNode() || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
            inBuckets = inBuckets.add(amount);
            if (bucket.equals(b.get("key").asText())) {
                found = true;
                assertEquals(figures.toString(), 0, new BigDecimal("70000.00").compareTo(amount));
            }
        }
        assertTrue("bucket " + bucket + " in " + figures, found);
        assertEquals(figures.toString(), 0, new BigDecimal("70000.00").compareTo(inBuckets));

        JsonNode aging = get("/receivables/aging?asOf=" + asOf + "&size=500");
        assertEquals(asOf.toString(), aging.get("asOf").asText());
        JsonNode row = null;
        for (JsonNode r : aging.get("customers").get("items")) {
            if (r.get("customerId").asLong() == f) {
                row = r;
            }
        }
        assertNotNull(aging.toString(), row);
        assertMoney("overdue in the aging report", "70000.00", row.get("overdueReceivables"));
        assertEquals(daysPastDue, row.get("oldestOverdueDays").asLong());

        assertEquals(List.of("year"), fields(problem(http.get("/customers/" + f + "/figures", ADMIN), 400)));
        assertEquals(List.of("year"), fields(problem(http.get("/customers/" + f + "/figures?year=26", ADMIN), 400)));
        assertEquals(List.of("year"), fields(problem(http.get("/customers/" + f + "/figures?year=20x6", ADMIN), 400)));
    }

    /** Eight simultaneous payments for one customer: none is lost. */
    @Test
    public void concurrentPaymentsLoseNoUpdate() throws Exception {
        LocalDate today = LocalDate.now();
        long k = customer("并发回款建材有限公司");
        long invoiceId = invoice(k, null, today, today.plusDays(30), "10000.00", "8000.00").get("id").asLong();

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String body = Http.json(paymentBody(number("PAY"), k, null, cny("100.00"), null));
                replies.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return http.post("/payments", ADMIN, body);
                }));
            }
            for (Future<Http.Reply> reply : replies) {
                Http.Reply r = reply.get(60, TimeUnit.SECONDS);
                assertEquals(r.toString(), 201, r.status());
            }
        } finally {
            pool.shutdownNow();
        }

        JsonNode invoice = get("/invoices/" + invoiceId);
        assertMoney("paid", "800.00", invoice.get("paidAmount"));
        assertMoney("open", "9200.00", invoice.get("openAmount"));
        assertEquals("PARTIALLY_PAID", invoice.get("status").asText());
        assertEquals(threads, get("/payments?customerId=" + k).get("total").asInt());
    }

    /** No more credit while overdue, early warnings, and no contract for a black-listed customer. */
    @Test
    public void creditRulesAndEarlyWarnings() {
        LocalDate today = LocalDate.now();
        long overdue = customer("逾期预警商贸有限公司");
        grantLimit(overdue, "100000.00");
        invoice(overdue, null, today.minusDays(60), today.minusDays(30), "5000.00", "4000.00");
        JsonNode profile = get("/customers/" + overdue + "/credit");
        assertMoney("overdue", "5000.00", profile.get("overdueAmount"));

        Http.Reply raise = http.put("/customers/" + overdue + "/credit", ADMIN, Http.json(object(
                "annualLimit", cny("200000.00"), "reason", "客户申请提高额度", "version", profile.get("version").asLong())));
        assertTrue(raise.toString(), raise.status() == 400 || raise.status() == 409);
        assertTrue(raise.toString(), raise.contentType().startsWith("application/problem+json"));
        Http.Reply temporary = http.post("/customers/" + overdue + "/credit/temporary", ADMIN, Http.json(object(
                "amount", cny("50000.00"), "expiresOn", today.plusDays(30).toString(), "reason", "旺季临时额度")));
        assertTrue(temporary.toString(), temporary.status() == 400 || temporary.status() == 409);
        JsonNode unchanged = get("/customers/" + overdue + "/credit");
        assertMoney("annual limit", "100000.00", unchanged.get("annualLimit"));
        assertMoney("effective limit", "100000.00", unchanged.get("effectiveLimit"));
        assertEquals(unchanged.toString(), 0, unchanged.get("temporaryCredits").size());

        JsonNode history = http.get("/customers/" + overdue + "/credit/history", ADMIN).json();
        assertTrue(history.toString(), kinds(history, "kind").contains("ANNUAL_LIMIT"));

        JsonNode overdueWarnings = get("/credit/warnings?customerId=" + overdue);
        assertTrue(overdueWarnings.toString(), kinds(overdueWarnings.get("items"), "kind").contains("OVERDUE"));
        JsonNode onlyOverdue = get("/credit/warnings?kind=OVERDUE&customerId=" + overdue);
        assertEquals(onlyOverdue.toString(), 1, onlyOverdue.get("total").asInt());
        JsonNode warning = onlyOverdue.get("items").get(0);
        assertEquals(overdue, warning.get("customerId").asLong());
        assertMoney("overdue warning", "5000.00", warning.get("amount"));
        assertEquals(warning.toString(), 30, warning.get("days").asInt());

        long busy = customer("额度紧张建材有限公司");
        grantLimit(busy, "100000.00");
        invoice(busy, null, today, today.plusDays(30), "95000.00", "80000.00");
        JsonNode near = get("/customers/" + busy + "/credit");
        assertMoney("exposure", "95000.00", near.get("exposure"));
        assertEquals(near.toString(), 0, new BigDecimal("0.95").compareTo(decimal(near.get("utilization")).setScale(2, RoundingMode.HALF_UP)));
        Set<String> busyWarnings = kinds(get("/credit/warnings?customerId=" + busy).get("items"), "kind");
        assertTrue(busyWarnings.toString(), busyWarnings.contains("EXPOSURE_NEAR_LIMIT"));
        assertFalse(busyWarnings.toString(), busyWarnings.contains("OVERDUE"));

        long black = customer("黑名单禁入商贸有限公司");
        JsonNode entry = blackList(black);
        assertEquals("BLACK", entry.get("list").asText());
        assertTrue(entry.toString(), entry.get("current").asBoolean());
        assertEquals("BLACK", get("/customers/" + black + "/credit").get("list").asText());
        boolean listed = false;
        for (JsonNode e : get("/lists?list=BLACK&size=500").get("items")) {
            listed |= e.get("customerId").asLong() == black;
        }
        assertTrue(listed);
        JsonNode listHistory = http.get("/lists/history?customerId=" + black, ADMIN).json();
        assertEquals(listHistory.toString(), 1, listHistory.size());
        Http.Reply refused = http.post("/contracts", ADMIN, Http.json(contractBody(black, "100000.00", "100", "CREDIT", 30)));
        assertTrue(refused.toString(), refused.status() == 400 || refused.status() == 409);
        assertTrue(refused.toString(), refused.contentType().startsWith("application/problem+json"));
        assertEquals(0, get("/contracts?customerId=" + black).get("total").asInt());
    }

    /** Progressive dealer rebates for a period, settled as a discount; temporary credit; the company-wide cap. */
    @Test
    public void dealerRebatesTemporaryCreditAndTheCompanyCap() {
        LocalDate today = LocalDate.now();
        int last = today.getYear() - 1;
        long good = customer("返利达标经销有限公司");
        long late = customer("返利逾期经销有限公司");
        long notDealer = customer("非经销直供客户有限公司");
        for (long dealer : List.of(good, late)) {
            Http.Reply role = http.put("/customers/" + dealer + "/roles/DEALER", ADMIN, "");
            assertEquals(role.toString(), 200, role.status());
        }
        // 4,500,000 of sales, all collected: 2,000,000 x 1% + 1,500,000 x 2% = 50,000
        for (int i = 1; i <= 3; i++) {
            invoice(good, null, LocalDate.of(last, 3, i), LocalDate.of(last, 4, i), "1500000.00", "1200000.00");
        }
        payment(good, LocalDate.of(last, 4, 1), "4500000.00", null);
        invoice(late, null, LocalDate.of(last, 3, 1), LocalDate.of(last, 4, 1), "2000000.00", "1600000.00");
        invoice(notDealer, null, LocalDate.of(last, 3, 1), LocalDate.of(last, 4, 1), "9000000.00", "8000000.00");

        Http.Reply ran = http.post("/rebates/runs", ADMIN, Http.json(object("period", Integer.toString(last))));
        assertEquals(ran.toString(), 200, ran.status());
        JsonNode run = ran.json();
        assertEquals(run.toString(), 2, run.get("dealers").asInt());
        assertEquals(run.toString(), 1, run.get("rebates").size());
        JsonNode rebate = run.get("rebates").get(0);
        assertEquals(good, rebate.get("customerId").asLong());
        assertMoney("sales", "4500000.00", rebate.get("sales"));
        assertMoney("rebate", "50000.00", rebate.get("amount"));
        assertEquals("CALCULATED", rebate.get("status").asText());
        assertMoney("total", "50000.00", run.get("total"));
        assertEquals(run.toString(), 1, run.get("excluded").size());
        assertEquals(late, run.get("excluded").get(0).get("customerId").asLong());
        assertTrue(run.toString(), run.get("excluded").get(0).get("reason").asText().contains("overdue"));

        long open = invoice(good, null, today, today.plusDays(30), "80000.00", "60000.00").get("id").asLong();
        long other = invoice(late, null, today, today.plusDays(30), "80000.00", "60000.00").get("id").asLong();
        String settlement = "/rebates/" + rebate.get("id").asLong() + "/settlement";
        Http.Reply wrongDealer = http.post(settlement, ADMIN, Http.json(object("invoiceId", other)));
        assertEquals(wrongDealer.toString(), 400, wrongDealer.status());
        Http.Reply settled = http.post(settlement, ADMIN, Http.json(object("invoiceId", open)));
        assertEquals(settled.toString(), 200, settled.status());
        assertEquals("SETTLED", settled.json().get("status").asText());
        JsonNode discounted = get("/invoices/" + open);
        assertMoney("discount", "50000.00", discounted.get("discount"));
        assertMoney("open", "30000.00", discounted.get("openAmount"));
        assertEquals(409, http.post(settlement, ADMIN, Http.json(object("invoiceId", open))).status());
        JsonNode again = http.post("/rebates/runs", ADMIN, Http.json(object("period", Integer.toString(last)))).json();
        assertEquals(again.toString(), 0, again.get("rebates").size());
        assertEquals(1, get("/rebates?period=" + last + "&customerId=" + good).get("total").asInt());

        // temporary credit adds to the limit and warns before it expires
        long seasonal = customer("旺季临时授信贸易有限公司");
        grantLimit(seasonal, "100000.00");
        Http.Reply granted = http.post("/customers/" + seasonal + "/credit/temporary", ADMIN, Http.json(object(
                "amount", cny("20000.00"), "expiresOn", today.plusDays(5).toString(), "reason", "旺季备货临时额度")));
        assertEquals(granted.toString(), 200, granted.status());
        assertMoney("effective limit", "120000.00", granted.json().get("effectiveLimit"));
        JsonNode expiring = get("/credit/warnings?kind=TEMPORARY_CREDIT_EXPIRING&customerId=" + seasonal);
        assertEquals(expiring.toString(), 1, expiring.get("total").asInt());
        assertEquals(5, expiring.get("items").get(0).get("days").asInt());
        Http.Reply tooLong = http.post("/customers/" + seasonal + "/credit/temporary", ADMIN, Http.json(object(
                "amount", cny("20000.00"), "expiresOn", today.plusDays(400).toString(), "reason", "过长")));
        assertEquals(List.of("expiresOn"), fields(problem(tooLong, 400)));

        // the company-wide cap (credit.total.cap = 50,000,000) holds
        long big = customer("超大授信申请集团有限公司");
        JsonNode profile = get("/customers/" + big + "/credit");
        Http.Reply capped = http.put("/customers/" + big + "/credit", ADMIN, Http.json(object(
                "annualLimit", cny("60000000.00"), "reason", "集团战略客户", "version", profile.get("version").asLong())));
        assertEquals(capped.toString(), 409, capped.status());
        assertTrue(capped.toString(), capped.json().get("detail").asText().contains("cap"));
        assertMoney("limit unchanged", "0", get("/customers/" + big + "/credit").get("annualLimit"));
    }

    // ---- requests

    private long customer(String name) {
        StringBuilder first17 = new StringBuilder("91420100");
        for (int i = 0; i < 9; i++) {
            first17.append(CODE_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CODE_ALPHABET.length())));
        }
        String creditCode = first17 + RestApiIT.checkChar(first17.toString());
        return created("/customers", object("type", "ORGANIZATION", "name", name, "industry", "manufacturing",
                "region", "湖北·武汉", "organization", Map.of("creditCode", creditCode))).get("id").asLong();
    }

    private void grantLimit(long customerId, String amount) {
        JsonNode profile = get("/customers/" + customerId + "/credit");
        Http.Reply reply = http.put("/customers/" + customerId + "/credit", ADMIN, Http.json(object(
                "annualLimit", cny(amount), "reason", "年度授信评审通过", "version", profile.get("version").asLong())));
        assertEquals(reply.toString(), 200, reply.status());
        assertMoney("annual limit", amount, reply.json().get("annualLimit"));
    }

    private long contract(long customerId, String amount, String quantity, String mode, Integer termDays) {
        JsonNode contract = created("/contracts", contractBody(customerId, amount, quantity, mode, termDays));
        assertEquals(contract.toString(), "DRAFT", contract.get("status").asText());
        return Approvals.activate(http, contract.get("id").asLong()).get("id").asLong();
    }

    private static Map<String, Object> contractBody(long customerId, String amount, String quantity, String mode,
            Integer termDays) {
        LocalDate today = LocalDate.now();
        return object("customerId", customerId, "title", "水泥供货合同", "amount", cny(amount), "quantity", quantity,
                "unit", "t", "startDate", LocalDate.of(today.getYear() - 1, 1, 1).toString(),
                "endDate", today.plusYears(1).toString(), "paymentTermDays", termDays, "paymentMode", mode);
    }

    private JsonNode invoice(long customerId, Long contractId, LocalDate issued, LocalDate due, String amount, String cost) {
        return created("/invoices", invoiceBody(number("INV"), customerId, contractId, issued, due, cny(amount), cny(cost)));
    }

    private static Map<String, Object> invoiceBody(String number, long customerId, Long contractId, LocalDate issued,
            LocalDate due, Object amount, Object cost) {
        return object("number", number, "customerId", customerId, "contractId", contractId,
                "issueDate", issued.toString(), "dueDate", due == null ? null : due.toString(), "amount", amount,
                "cost", cost);
    }

    private JsonNode payment(long customerId, LocalDate received, String amount, List<Map<String, Object>> allocations) {
        return created("/payments", paymentBody(number("PAY"), customerId, received, cny(amount), allocations));
    }

    private static Map<String, Object> paymentBody(String number, long customerId, LocalDate received, Object amount,
            List<Map<String, Object>> allocations) {
        return object("number", number, "customerId", customerId, "receivedDate",
                received == null ? null : received.toString(), "amount", amount, "allocations", allocations);
    }

    private JsonNode shipment(long customerId, Long contractId, String quantity, String amount, boolean paidInAdvance) {
        BigDecimal cost = new BigDecimal(amount).multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP);
        return created("/shipments", object("customerId", customerId, "contractId", contractId, "quantity", quantity,
                "amount", cny(amount), "cost", cny(cost.toPlainString()), "paidInAdvance", paidInAdvance));
    }

    private JsonNode blackList(long customerId) {
        return created("/lists", object("customerId", customerId, "list", "BLACK", "reason", "恶意拖欠货款，经信用委员会决议列入黑名单"));
    }

    private JsonNode created(String path, Map<String, Object> body) {
        Http.Reply reply = http.post(path, ADMIN, Http.json(body));
        assertEquals(path + " " + body + " -> " + reply, 201, reply.status());
        JsonNode json = reply.json();
        if (!path.equals("/lists")) {
            String location = reply.header("Location");
            assertNotNull(path + " has a Location", location);
            assertTrue(location, location.endsWith(path + "/" + json.get("id").asLong()));
        }
        return json;
    }

    private JsonNode get(String path) {
        Http.Reply reply = http.get(path, ADMIN);
        assertEquals(path + " -> " + reply, 200, reply.status());
        return reply.json();
    }

    // ---- assertions and values

    private static void assertAllowed(JsonNode shipment) {
        assertEquals(shipment.toString(), "ALLOWED", shipment.get("decision").asText());
        assertTrue(shipment.toString(), codes(shipment).isEmpty());
    }

    private static void assertRefused(JsonNode shipment, String code) {
        assertEquals(shipment.toString(), "REFUSED", shipment.get("decision").asText());
        assertTrue(code + " in " + shipment, codes(shipment).contains(code));
    }

    private static Set<String> codes(JsonNode shipment) {
        return kinds(shipment.path("refusals"), "code");
    }

    private static Set<String> kinds(JsonNode items, String field) {
        Set<String> values = new HashSet<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    private static JsonNode find(JsonNode mismatches, String flow, long recordId) {
        for (JsonNode m : mismatches) {
            if (flow.equals(m.get("flow").asText()) && m.get("recordId").asLong() == recordId) {
                return m;
            }
        }
        return null;
    }

    private static void assertMoney(String what, String expected, JsonNode money) {
        assertNotNull(what + " is present", money);
        assertFalse(what + " is present", money.isNull() || money.isMissingNode());
        assertEquals(what + ": " + money, 0, new BigDecimal(expected).compareTo(decimal(money.get("amount"))));
        if (money.has("currency")) {
            assertEquals(what + ": " + money, "CNY", money.get("currency").asText());
        }
    }

    private static void assertDecimal(String what, String expected, JsonNode value) {
        assertNotNull(what + " is present", value);
        assertEquals(what + ": " + value, 0, new BigDecimal(expected).compareTo(decimal(value)));
    }

    private static BigDecimal decimal(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            fail("a decimal is missing");
        }
        return new BigDecimal(value.asText());
    }

    private static void assertProblem(Http.Reply reply, int status) {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
        assertEquals(reply.toString(), status, reply.json().get("status").asInt());
    }

    private static Http.Reply problem(Http.Reply reply, int status) {
        assertProblem(reply, status);
        return reply;
    }

    private static List<String> fields(Http.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    /** The aging bucket of an amount so many days past due. */
    private static String bucket(long daysPastDue) {
        if (daysPastDue <= 0) {
            return "current";
        }
        if (daysPastDue <= 30) {
            return "1-30";
        }
        if (daysPastDue <= 90) {
            return "31-90";
        }
        if (daysPastDue <= 180) {
            return "91-180";
        }
        if (daysPastDue <= 365) {
            return "181-365";
        }
        return "365+";
    }

    private static Map<String, String> cny(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }

    private static String number(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A JSON object of the given keys and values, leaving out the {@code null} values. */
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
