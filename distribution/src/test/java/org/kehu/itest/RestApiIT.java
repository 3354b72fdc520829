package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The REST API of the running distribution, over HTTP. */
public class RestApiIT extends KehuTestSupport {

    private Http http;

    @Before
    public void connect() {
        http = new Http(baseUrl() + "/api/v1");
    }

    private static String organization(String name, String creditCode) {
        return Http.json(Map.of(
                "type", "ORGANIZATION",
                "name", name,
                "industry", "cement",
                "region", "湖北·武汉",
                "phone", "027-87654321",
                "organization", Map.of(
                        "foundedOn", "2003-05-18",
                        "registeredCapital", Map.of("amount", "50000000.00", "currency", "CNY"),
                        "creditCode", creditCode,
                        "employees", 320)));
    }

    private long total(String query) {
        return http.get("/customers?size=1" + query, "admin").json().get("total").asLong();
    }

    private JsonNode create(String json, String user) {
        Http.Reply reply = http.post("/customers", user, json);
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    @Test
    public void healthAndContractArePublicAndEverythingElseNeedsCredentials() {
        Http.Reply health = http.get("/health", null);
        assertEquals(200, health.status());
        assertEquals("UP", health.json().get("status").asText());

        Http.Reply anonymous = http.get("/customers", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"));
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, http.get("/customers", "admin:wrong").status());
        assertEquals(401, http.post("/customers", null, organization("匿名水泥有限公司", "91420100MA4KXYZ12X")).status());

        Http.Reply openapi = http.get("/openapi.json", null);
        assertEquals(200, openapi.status());
        JsonNode paths = openapi.json().get("paths");
        for (String path : List.of("/customers", "/customers/{id}", "/customers/{id}/contacts", "/customers/{id}/relationships",
                "/customers/{id}/roles", "/customers/{id}/activities", "/customers/{id}/owner-history", "/anniversaries", "/health")) {
            assertNotNull("OpenAPI lists " + path, paths.get(path));
        }

        Http.Reply missing = http.get("/no-such-thing", "admin");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
    }

    @Test
    public void customersAreCreatedReadUpdatedSearchedAndDeleted() {
        JsonNode created = create(organization("华新商砼武汉有限公司", "91420100MA4K1234X" + checkChar("91420100MA4K1234X")), "am1");
        long id = created.get("id").asLong();
        String number = created.get("number").asText();
        assertTrue(number, number.matches("KH\\d{9}"));
        assertEquals("am1", created.get("owner").asText());
        assertEquals("PROSPECT", created.get("status").asText());
        assertEquals("50000000.00", created.at("/organization/registeredCapital/amount").asText());

        JsonNode read = http.get("/customers/" + id, "am1").json();
        assertEquals(number, read.get("number").asText());
        assertEquals(number, http.get("/customers/by-number/" + number, "admin").json().get("number").asText());

        // update with the current version, sending back what was read
        var body = (com.fasterxml.jackson.databind.node.ObjectNode) read.deepCopy();
        body.put("name", "华新商砼(武汉)有限公司");
        Http.Reply updated = http.put("/customers/" + id, "am1", body.toString());
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals(read.get("version").asLong() + 1, updated.json().get("version").asLong());

        // the same version again is stale: 409, and nothing changes
        body.put("name", "过期版本的名称");
        Http.Reply stale = http.put("/customers/" + id, "am1", body.toString());
        assertEquals(409, stale.status());
        assertTrue(stale.contentType().startsWith("application/problem+json"));
        assertEquals("华新商砼(武汉)有限公司", http.get("/customers/" + id, "am1").json().get("name").asText());

        // search by name prefix and by number prefix, with filters, paging and sorting
        assertEquals(1, total("&q=华新商砼"));
        assertEquals(1, total("&q=" + number.substring(0, 8) + "&industry=cement"));
        assertEquals(0, total("&q=华新商砼&status=ACTIVE"));
        JsonNode page = http.get("/customers?owner=am1&sort=-createdAt&page=0&size=1", "admin").json();
        assertEquals(1, page.get("items").size());
        assertEquals(0, page.get("page").asInt());
        assertEquals(1, page.get("size").asInt());

        // soft delete: gone from reads and search
        assertEquals(204, http.delete("/customers/" + id, "am1").status());
        assertEquals(404, http.get("/customers/" + id, "am1").status());
        assertEquals(0, total("&q=华新商砼"));
    }

    @Test
    public void badInputIsRefusedWithFieldErrorsAndStoresNothing() {
        long before = total("");
        Http.Reply missing = http.post("/customers", "admin", "{\"type\":\"ORGANIZATION\"}");
        assertEquals(400, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        assertEquals(400, missing.json().get("status").asInt());
        assertTrue(fields(missing).containsAll(List.of("name", "industry", "region")));

        Http.Reply wrongType = http.post("/customers", "admin", "{\"type\":\"ORGANIZATION\",\"name\":\"类型错误有限公司\","
                + "\"industry\":\"bank\",\"region\":\"上海\",\"organization\":{\"employees\":\"很多\"}}");
        assertEquals(400, wrongType.status());
        assertEquals(List.of("organization.employees"), fields(wrongType));

        Http.Reply unknownEnum = http.post("/customers", "admin", "{\"type\":\"COMPANY\",\"name\":\"枚举错误\"}");
        assertEquals(400, unknownEnum.status());
        assertEquals(List.of("type"), fields(unknownEnum));

        Http.Reply unknownField = http.post("/customers", "admin", "{\"type\":\"PERSON\",\"nmae\":\"张三\"}");
        assertEquals(400, unknownField.status());
        assertEquals(List.of("nmae"), fields(unknownField));

        Http.Reply malformed = http.post("/customers", "admin", "{\"type\":\"PERSON\",");
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));

        Http.Reply badIndustry = http.post("/customers", "admin", Http.json(Map.of("type", "PERSON", "name", "李秀英",
                "industry", "mining", "region", "上海", "person", Map.of("birthDate", "2999-01-01"))));
        assertEquals(400, badIndustry.status());
        assertTrue(fields(badIndustry).containsAll(List.of("industry", "person.birthDate")));

        Http.Reply badCode = http.post("/customers", "admin", organization("信用代码错误公司", "91420100MA4KXYZ12A"));
        assertEquals(400, badCode.status());
        assertEquals(List.of("organization.creditCode"), fields(badCode));

        Http.Reply attribute = http.post("/customers", "admin", Http.json(Map.of("type", "PERSON", "name", "王建国",
                "industry", "bank", "region", "上海", "attributes", Map.of("annualTonnage", 80000))));
        assertEquals(400, attribute.status());
        assertEquals(List.of("attributes.annualTonnage"), fields(attribute));

        assertEquals(400, http.get("/customers?size=501", "admin").status());
        assertEquals(400, http.get("/customers?sort=password", "admin").status());
        assertEquals(400, http.get("/customers?page=abc", "admin").status());
        assertEquals(400, http.get("/customers?status=HAPPY", "admin").status());
        assertEquals(before, total(""));
    }

    @Test
    public void contactsRelationshipsRolesActivitiesOwnersAndLifecycle() {
        JsonNode company = create(organization("中建西部建设搅拌站", "91420100MA4K56789" + checkChar("91420100MA4K56789")), "am2");
        long id = company.get("id").asLong();
        JsonNode person = create(Http.json(Map.of("type", "PERSON", "name", "张伟", "industry", "cement", "region",
                "湖北·武汉", "person", Map.of("gender", "MALE", "birthDate", "1978-03-12"))), "am2");
        long personId = person.get("id").asLong();

        // a contact whose birthday falls tomorrow shows up in the anniversary query
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        Http.Reply contact = http.post("/customers/" + id + "/contacts", "am2", Http.json(Map.of("name", "刘芳",
                "title", "采购经理", "phone", "13812345678", "primary", true,
                "anniversaries", List.of(Map.of("kind", "BIRTHDAY", "date", tomorrow.minusYears(40).toString(), "label", "生日")))));
        assertEquals(contact.toString(), 201, contact.status());
        assertEquals(1, http.get("/customers/" + id + "/contacts", "am2").json().size());
        JsonNode upcoming = http.get("/anniversaries?from=" + LocalDate.now() + "&to=" + LocalDate.now().plusDays(7), "am2").json();
        boolean found = false;
        for (JsonNode a : upcoming) {
            found |= "刘芳".equals(a.path("contactName").asText()) && tomorrow.toString().equals(a.get("occursOn").asText())
                    && a.get("years").asInt() == 40;
        }
        assertTrue(upcoming.toString(), found);
        assertEquals(400, http.get("/anniversaries?from=2026-01-01", "am2").status());
        assertEquals(400, http.get("/anniversaries?from=2026-01-01&to=2027-06-01", "am2").status());

        // typed relationships check the party types
        Http.Reply employment = http.post("/customers/" + id + "/relationships", "am2",
                Http.json(Map.of("type", "EMPLOYMENT", "toId", personId)));
        assertEquals(employment.toString(), 201, employment.status());
        assertEquals(409, http.post("/customers/" + id + "/relationships", "am2",
                Http.json(Map.of("type", "EMPLOYMENT", "toId", personId))).status());
        Http.Reply wrong = http.post("/customers/" + personId + "/relationships", "am2",
                Http.json(Map.of("type", "HOLDING", "toId", id)));
        assertEquals(400, wrong.status());
        assertEquals(1, http.get("/customers/" + personId + "/relationships", "am2").json().size());

        // several roles at once
        Http.Reply roles = http.put("/customers/" + id + "/roles", "am2", "[\"BUYER\",\"PAYER\",\"SHIP_TO\"]");
        assertEquals(roles.toString(), 200, roles.status());
        assertEquals(3, roles.json().size());
        assertEquals(4, http.put("/customers/" + id + "/roles/DEALER", "am2", null).json().size());
        assertEquals(400, http.put("/customers/" + id + "/roles/KING", "am2", null).status());

        // activities
        Http.Reply visit = http.post("/customers/" + id + "/activities", "am2", Http.json(Map.of("type", "VISIT",
                "subject", "季度拜访，了解明年用量", "outcome", "意向用量 8 万吨")));
        assertEquals(visit.toString(), 201, visit.status());
        assertEquals("am2", visit.json().get("staff").asText());
        assertEquals(400, http.post("/customers/" + id + "/activities", "am2", "{\"type\":\"DINNER\",\"subject\":\"x\"}").status());
        assertEquals(1, http.get("/customers/" + id + "/activities?type=VISIT", "am2").json().get("total").asInt());

        // hand-over keeps the history
        Http.Reply handover = http.post("/customers/" + id + "/owner", "manager",
                Http.json(Map.of("newOwner", "am1", "reason", "客户经理岗位调整")));
        assertEquals(handover.toString(), 200, handover.status());
        JsonNode history = http.get("/customers/" + id + "/owner-history", "am1").json();
        assertEquals(2, history.size());
        assertEquals("am2", history.get(1).get("fromOwner").asText());
        assertEquals("am1", history.get(1).get("toOwner").asText());
        assertEquals("manager", history.get(1).get("handedOverBy").asText());
        // the owner is not changed by an update
        JsonNode current = http.get("/customers/" + id, "am1").json();
        var body = (com.fasterxml.jackson.databind.node.ObjectNode) current.deepCopy();
        body.put("owner", "am2");
        assertEquals(400, http.put("/customers/" + id, "am1", body.toString()).status());

        // lifecycle: only allowed transitions; churn needs its reason
        long version = current.get("version").asLong();
        Http.Reply skip = http.post("/customers/" + id + "/status", "am1",
                Http.json(Map.of("status", "FROZEN", "version", version)));
        assertEquals(409, skip.status());
        for (String status : List.of("NEW", "ACTIVE", "DORMANT")) {
            Http.Reply step = http.post("/customers/" + id + "/status", "am1", Http.json(Map.of("status", status, "version", version)));
            assertEquals(step.toString(), 200, step.status());
            version = step.json().get("version").asLong();
        }
        assertEquals(400, http.post("/customers/" + id + "/status", "am1",
                Http.json(Map.of("status", "CHURNED", "version", version))).status());
        Http.Reply churn = http.post("/customers/" + id + "/status", "am1",
                Http.json(Map.of("status", "CHURNED", "churnReason", "价格竞争，转向竞争对手", "version", version)));
        assertEquals(200, churn.status());
        version = churn.json().get("version").asLong();
        assertEquals(409, http.post("/customers/" + id + "/status", "am1",
                Http.json(Map.of("status", "ACTIVE", "version", version))).status());
        Http.Reply decision = http.put("/customers/" + id + "/win-back", "manager", Http.json(Map.of("outcome", "WIN_BACK",
                "estimatedCost", Map.of("amount", "20000"), "estimatedValue", Map.of("amount", "300000"),
                "reason", "年用量大，回款记录良好")));
        assertEquals(decision.toString(), 200, decision.status());
        Http.Reply back = http.post("/customers/" + id + "/status", "am1",
                Http.json(Map.of("status", "ACTIVE", "version", decision.json().get("version").asLong())));
        assertEquals(back.toString(), 200, back.status());
        JsonNode statuses = http.get("/customers/" + id + "/status-history", "am1").json();
        assertEquals(6, statuses.size());
        assertEquals("CHURNED", statuses.get(4).get("toStatus").asText());
        assertEquals("价格竞争，转向竞争对手", statuses.get(4).get("reason").asText());
    }

    private static List<String> fields(Http.Reply reply) {
        List<String> fields = new java.util.ArrayList<>();
        reply.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    /** The check character of a unified social credit code (GB 32100-2015). */
    static String checkChar(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return String.valueOf(alphabet.charAt((31 - sum % 31) % 31));
    }
}
