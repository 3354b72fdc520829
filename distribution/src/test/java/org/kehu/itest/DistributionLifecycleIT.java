package org.kehu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution as a deployer runs it: first start loads the demo data once,
 * admins use the kehu shell commands, and after a stop and start the data and
 * the endpoints are back.
 */
class DistributionLifecycleIT {

    private static KehuRuntime runtime;

    @BeforeAll
    static void unpack() throws Exception {
        runtime = KehuRuntime.unpack("lifecycle", true);
    }

    @AfterAll
    static void stop() throws Exception {
        runtime.stop();
    }

    @Test
    void bootsWithDemoDataAndComesBackAfterARestart() throws Exception {
        Http http = runtime.api;
        JsonNode health = runtime.start("LOADED");
        long customers = health.get("customers").asLong();
        assertTrue(customers >= 300, "demo customers: " + customers);
        for (String industry : List.of("telecom", "real-estate", "fuel-card", "cement", "bank")) {
            assertTrue(http.get("/customers?size=1&industry=" + industry, "admin").json().get("total").asLong() > 0, industry);
        }

        // the demo ledger: overdue accounts, a black-listed customer, four-flow mismatches, refused shipments
        assertTrue(total(http, "/credit/warnings?kind=OVERDUE&size=1") > 0, "overdue warnings");
        assertTrue(total(http, "/lists?list=BLACK&size=1") > 0, "black-listed customers");
        assertTrue(total(http, "/ledger/mismatches?size=1") >= 2, "four-flow mismatches");
        assertTrue(total(http, "/shipments?decision=REFUSED&size=1") > 0, "refused shipments");
        long invoices = total(http, "/invoices?size=1");
        assertTrue(invoices > 0, "invoices");
        JsonNode aging = http.get("/receivables/aging?size=1", "admin").json();
        assertTrue(new java.math.BigDecimal(aging.get("overdueReceivables").get("amount").asText()).signum() > 0, aging.toString());
        assertTrue(java.nio.file.Files.exists(runtime.home.resolve("etc/org.kehu.platform.ledger.cfg")), "ledger settings");
        // the demo reviewers and deciders find work waiting, every active contract went through its approval
        for (String user : List.of("safety1", "audit1", "credit1", "manager")) {
            Http.Reply tasks = http.get("/tasks?size=1", user);
            assertEquals(200, tasks.status(), tasks.toString());
            assertTrue(tasks.json().get("total").asLong() > 0, user + " has no task: " + tasks);
        }
        assertEquals(total(http, "/contracts?status=ACTIVE&size=1") + total(http, "/contracts?status=COMPLETED&size=1")
                + total(http, "/contracts?status=TERMINATED&size=1"),
                total(http, "/workflows/instances?definition=contract-approval&state=approved&size=1"),
                "active, completed and terminated contracts are the approved ones");

        Http.Reply created = http.post("/customers", "am1", Http.json(Map.of("type", "PERSON", "name", "重启前创建的客户",
                "industry", "bank", "region", "北京")));
        assertEquals(201, created.status(), created.toString());
        String number = created.json().get("number").asText();

        String list = runtime.shell("kehu:customer-list --industry cement -n 5");
        assertTrue(list.contains("cement") && list.contains("customers"), list);
        String show = runtime.shell("kehu:customer-show " + number);
        assertTrue(show.contains("重启前创建的客户"), show);
        String grade = runtime.shell("kehu:grade --timeout 5 value-tier " + java.time.LocalDate.now().getYear());
        assertTrue(grade.contains("Run ") && grade.contains("value-tier"), grade);
        String runs = runtime.shell("kehu:grade-runs");
        assertTrue(runs.contains("value-tier") && runs.contains("runs (page 0)"), runs);

        runtime.stop();
        JsonNode again = runtime.start("LOADED");
        assertEquals(customers + 1, again.get("customers").asLong(), "demo data is loaded once");
        assertEquals(invoices, total(http, "/invoices?size=1"), "the ledger survives a restart and is loaded once");
        Http.Reply read = http.get("/customers/by-number/" + number, "am1");
        assertEquals(200, read.status(), read.toString());
        assertEquals("重启前创建的客户", read.json().get("name").asText());
        Http.Reply wsdl = new Http(runtime.baseUrl()).get("/soap/CustomerService?wsdl", null);
        assertEquals(200, wsdl.status());
    }

    private static long total(Http http, String path) {
        Http.Reply reply = http.get(path, "admin");
        assertEquals(200, reply.status(), path + " " + reply);
        return reply.json().get("total").asLong();
    }
}
