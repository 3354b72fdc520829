package org.kehu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution as a deployer runs it: unpacked from its tar.gz, started
 * with bin/start and no Maven repository at all (so it must carry everything
 * it boots), loaded with demo data once, administered through the kehu shell
 * commands, stopped and started again with its data intact.
 */
class DistributionLifecycleIT {

    private static Path home;
    private static Http http;
    private static int sshPort;

    @BeforeAll
    static void unpack() throws Exception {
        Path target = Paths.get("target", "lifecycle").toAbsolutePath();
        deleteTree(target);
        Files.createDirectories(target);
        run(target, Duration.ofMinutes(2), "tar", "xzf", System.getProperty("kehu.distribution"));
        try (var entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int httpPort = freePort();
        sshPort = freePort();
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
        // no Maven repository at all: whatever the runtime boots must be inside the distribution
        Path emptyRepo = target.resolve("empty-m2");
        Files.createDirectories(emptyRepo);
        setProperty("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", emptyRepo.toString());
        setProperty("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", "");
        http = new Http("http://localhost:" + httpPort + "/crm/api/v1");
    }

    @AfterAll
    static void stop() throws Exception {
        if (home != null) {
            run(home, Duration.ofMinutes(1), "bin/stop");
        }
    }

    @Test
    void bootsWithDemoDataAndComesBackAfterARestart() throws Exception {
        run(home, Duration.ofMinutes(1), "bin/start");
        JsonNode health = awaitHealth("LOADED");
        long customers = health.get("customers").asLong();
        assertTrue(customers >= 300, "demo customers: " + customers);
        for (String industry : List.of("telecom", "real-estate", "fuel-card", "cement", "bank")) {
            assertTrue(http.get("/customers?size=1&industry=" + industry, "admin").json().get("total").asLong() > 0, industry);
        }

        Http.Reply created = http.post("/customers", "am1", Http.json(Map.of("type", "PERSON", "name", "重启前创建的客户",
                "industry", "bank", "region", "北京")));
        assertEquals(201, created.status(), created.toString());
        String number = created.json().get("number").asText();

        String list = shell("kehu:customer-list --industry cement -n 5");
        assertTrue(list.contains("cement") && list.contains("customers"), list);
        String show = shell("kehu:customer-show " + number);
        assertTrue(show.contains("重启前创建的客户"), show);

        run(home, Duration.ofMinutes(1), "bin/stop");
        awaitStopped();
        run(home, Duration.ofMinutes(1), "bin/start");
        JsonNode again = awaitHealth("LOADED");
        assertEquals(customers + 1, again.get("customers").asLong(), "demo data is loaded once");
        Http.Reply read = http.get("/customers/by-number/" + number, "am1");
        assertEquals(200, read.status(), read.toString());
        assertEquals("重启前创建的客户", read.json().get("name").asText());
    }

    private static JsonNode awaitHealth(String demoState) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                Http.Reply reply = http.get("/health", null);
                last = reply.toString();
                if (reply.status() == 200 && demoState.equals(reply.json().get("demoData").asText())) {
                    return reply.json();
                }
            } catch (AssertionError notYet) {
                last = notYet.getMessage();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Kehu did not become healthy with demo data " + demoState + ": " + last);
    }

    private static void awaitStopped() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (run(home, Duration.ofSeconds(30), "bin/status").contains("Not Running")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Kehu did not stop");
    }

    private static String shell(String command) throws Exception {
        // the client ends its session as soon as its input closes, so it gets an input that stays open a while
        return run(home, Duration.ofMinutes(1), "bash", "-c", "sleep 8 | bin/client -a " + sshPort
                + " -u admin -p admin -r 20 -d 3 \"" + command + "\"");
    }

    private static String run(Path dir, Duration timeout, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("KARAF_OPTS", "-Dkaraf.log.console=OFF");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.exists(path) ? new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8)) : new ArrayList<>();
        lines.removeIf(line -> line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*"));
        lines.add(key + " = " + value);
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
