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

        Http.Reply created = http.post("/customers", "am1", Http.json(Map.of("type", "PERSON", "name", "重启前创建的客户",
                "industry", "bank", "region", "北京")));
        assertEquals(201, created.status(), created.toString());
        String number = created.json().get("number").asText();

        String list = runtime.shell("kehu:customer-list --industry cement -n 5");
        assertTrue(list.contains("cement") && list.contains("customers"), list);
        String show = runtime.shell("kehu:customer-show " + number);
        assertTrue(show.contains("重启前创建的客户"), show);

        runtime.stop();
        JsonNode again = runtime.start("LOADED");
        assertEquals(customers + 1, again.get("customers").asLong(), "demo data is loaded once");
        Http.Reply read = http.get("/customers/by-number/" + number, "am1");
        assertEquals(200, read.status(), read.toString());
        assertEquals("重启前创建的客户", read.json().get("name").asText());
        Http.Reply wsdl = new Http(runtime.baseUrl()).get("/soap/CustomerService?wsdl", null);
        assertEquals(200, wsdl.status());
    }
}
