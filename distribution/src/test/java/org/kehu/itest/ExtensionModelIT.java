package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.kehu.itest.plugin.MiningCheck;
import org.kehu.itest.plugin.MiningModule;
import org.kehu.itest.plugin.MiningPolicy;
import org.kehu.itest.plugin.MiningReport;
import org.kehu.itest.plugin.MiningWorkflow;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The extension model as a bundle developer meets it: a plugin bundle, built
 * here from the classes in {@code org.kehu.itest.plugin} and a Blueprint file,
 * publishes an industry module, a grading policy, a workflow, a report and a
 * shipment check. Installing it makes them appear on {@code GET /industries}
 * within seconds; uninstalling it takes them away; the platform keeps working
 * throughout.
 */
public class ExtensionModelIT extends KehuTestSupport {

    private static final List<Class<?>> PLUGIN = List.of(MiningModule.class, MiningPolicy.class, MiningReport.class,
            MiningWorkflow.class, MiningCheck.class);

    @Inject
    private BundleContext context;

    @Test
    public void aPluginBundleAppearsAndDisappearsAtRunTime() throws Exception {
        Http http = new Http(baseUrl() + "/api/v1");
        assertNull(mining(http.get("/industries", "am1").json()));

        Bundle plugin = context.installBundle("kehu-itest:mining", new ByteArrayInputStream(pluginBundle()));
        plugin.start();
        JsonNode mining;
        long review;
        try {
            mining = await(http, json -> mining(json) != null, "the mining plugin to appear");
            JsonNode industry = mining(mining);
            assertTrue(industry.get("module").asBoolean());
            assertEquals("矿业", industry.get("name").asText());
            assertEquals("annualOutput", industry.get("attributes").get(0).get("name").asText());
            assertEquals("mining-output", industry.get("gradingPolicies").get(0).get("id").asText());
            assertEquals("矿山产量分级", industry.get("gradingPolicies").get(0).get("name").asText());
            assertEquals(1, industry.get("gradingPolicies").get(0).get("version").asInt());
            assertEquals(plugin.getBundleId(), industry.get("gradingPolicies").get(0).get("bundleId").asLong());
            assertEquals("mining-safety-review", industry.get("workflows").get(0).get("id").asText());
            assertEquals("mining-output", industry.get("reports").get(0).get("id").asText());
            assertEquals("MINE_PERMIT", industry.get("shipmentChecks").get(0).get("id").asText());

            // the plugin's attribute schema is in force: a mining customer carries its attribute
            Http.Reply created = http.post("/customers", "am1", Http.json(Map.of("type", "ORGANIZATION", "name", "大冶有色矿业有限公司",
                    "industry", "mining", "region", "湖北·黄石", "attributes", Map.of("annualOutput", 1200000))));
            assertEquals(created.toString(), 201, created.status());
            assertEquals(1200000, created.json().get("attributes").get("annualOutput").asInt());

            // the plugin's workflow runs in the platform's engine and lands on the manager's task list
            Http.Reply started = http.post("/workflows/instances", "am1", Http.json(Map.of("definition",
                    "mining-safety-review", "subjectId", created.json().get("id").asLong())));
            assertEquals(started.toString(), 201, started.status());
            review = started.json().get("id").asLong();
            assertTrue(taskIds(http, "manager").contains(review));
        } finally {
            plugin.uninstall();
        }
        JsonNode after = await(http, json -> mining(json) == null, "the mining plugin to disappear");
        assertNotNull(after.get("common"));
        // its open instance is kept but waits: nobody's task, no transition, a clear refusal
        assertFalse(taskIds(http, "manager").contains(review));
        JsonNode waiting = http.get("/workflows/instances/" + review, "manager").json();
        assertEquals("SUBMITTED", waiting.get("state").asText());
        assertEquals(0, waiting.get("transitions").size());
        Http.Reply refused = http.post("/workflows/instances/" + review + "/transitions/approve", "manager", "{}");
        assertEquals(refused.toString(), 409, refused.status());
        assertTrue(refused.toString(), refused.json().get("detail").asText().contains("not installed"));
        assertEquals(200, http.get("/health", null).status());
        assertEquals(200, http.get("/customers?industry=mining", "am1").status());
    }

    private static List<Long> taskIds(Http http, String user) {
        Http.Reply reply = http.get("/tasks?size=500", user);
        assertEquals(reply.toString(), 200, reply.status());
        List<Long> ids = new java.util.ArrayList<>();
        reply.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private static JsonNode mining(JsonNode industries) {
        for (JsonNode i : industries.get("industries")) {
            if (i.get("id").asText().equals("mining")) {
                return i;
            }
        }
        return null;
    }

    /** Polls {@code GET /industries} (in Chinese) until the condition holds, for at most 15 s. */
    private static JsonNode await(Http http, Predicate<JsonNode> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            Http.Reply reply = http.send("GET", "/industries", "am1", null, null, Map.of("Accept-Language", "zh-CN"));
            assertEquals(reply.toString(), 200, reply.status());
            JsonNode json = reply.json();
            if (condition.test(json)) {
                return json;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 15 s for " + what + ": " + json);
            }
            Thread.sleep(200);
        }
    }

    /** A plugin bundle: the plugin classes, a Blueprint file publishing them, and a manifest importing the platform API. */
    private static byte[] pluginBundle() throws IOException {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.kehu.itest.plugin.mining");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "org.kehu.platform.api;version=\"[1.0,2)\",org.kehu.platform.api.ledger;version=\"[1.0,2)\","
                + "org.kehu.platform.api.spi;version=\"[1.2,2)\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Class<?> type : PLUGIN) {
                String path = type.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(path));
                try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
            jar.putNextEntry(new JarEntry("OSGI-INF/blueprint/mining.xml"));
            jar.write(blueprint().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String blueprint() {
        StringBuilder b = new StringBuilder("<blueprint xmlns=\"http://www.osgi.org/xmlns/blueprint/v1.0.0\">\n");
        String[][] services = {
            {"org.kehu.platform.api.spi.IndustryModule", MiningModule.class.getName(), "mining"},
            {"org.kehu.platform.api.spi.GradingPolicy", MiningPolicy.class.getName(), "mining-output"},
            {"org.kehu.platform.api.spi.WorkflowDefinition", MiningWorkflow.class.getName(), "mining-safety-review"},
            {"org.kehu.platform.api.spi.ReportProvider", MiningReport.class.getName(), "mining-output"},
            {"org.kehu.platform.api.spi.ShipmentCheck", MiningCheck.class.getName(), "MINE_PERMIT"},
        };
        for (String[] s : services) {
            b.append("  <service interface=\"").append(s[0]).append("\">\n")
                    .append("    <service-properties>\n")
                    .append("      <entry key=\"kehu.industry\" value=\"mining\"/>\n")
                    .append("      <entry key=\"kehu.id\" value=\"").append(s[2]).append("\"/>\n")
                    .append("    </service-properties>\n")
                    .append("    <bean class=\"").append(s[1]).append("\"/>\n")
                    .append("  </service>\n");
        }
        return b.append("</blueprint>\n").toString();
    }
}
