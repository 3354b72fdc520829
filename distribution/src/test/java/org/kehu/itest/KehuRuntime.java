package org.kehu.itest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Kehu runtime as a deployer runs it: the distribution's tar.gz unpacked
 * into its own folder, on free ports, with no Maven repository at all (so it
 * must carry everything it boots), started and stopped with its own scripts.
 */
final class KehuRuntime {

    final Path home;
    final int sshPort;
    final Http api;

    private KehuRuntime(Path home, int sshPort, Http api) {
        this.home = home;
        this.sshPort = sshPort;
        this.api = api;
    }

    static KehuRuntime unpack(String name, boolean demoData) throws Exception {
        Path target = Paths.get("target", name).toAbsolutePath();
        deleteTree(target);
        Files.createDirectories(target);
        run(target, Duration.ofMinutes(2), "tar", "xzf", System.getProperty("kehu.distribution"));
        Path home;
        try (var entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int httpPort = freePort();
        int sshPort = freePort();
        setProperty(home, "etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty(home, "etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        setProperty(home, "etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        setProperty(home, "etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
        if (!Files.exists(home.resolve("etc/org.kehu.platform.core.cfg"))) {
            throw new AssertionError("the distribution lacks etc/org.kehu.platform.core.cfg");
        }
        setProperty(home, "etc/org.kehu.platform.core.cfg", "demo.data", Boolean.toString(demoData));
        Path emptyRepo = target.resolve("empty-m2");
        Files.createDirectories(emptyRepo);
        setProperty(home, "etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", emptyRepo.toString());
        setProperty(home, "etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", "");
        return new KehuRuntime(home, sshPort, new Http("http://localhost:" + httpPort + "/crm/api/v1"));
    }

    String baseUrl() {
        return api.base().replace("/api/v1", "");
    }

    /** Starts the runtime and waits until it is healthy with the demo data in the given state. */
    JsonNode start(String demoState) throws Exception {
        run(home, Duration.ofMinutes(1), "bin/start");
        return awaitHealth(demoState);
    }

    /** Stops the runtime and waits until its JVM has exited (bin/status says "Not Running" before that). */
    void stop() throws Exception {
        Path pidFile = home.resolve("karaf.pid");
        String pid = Files.exists(pidFile) ? Files.readString(pidFile).strip() : "";
        run(home, Duration.ofMinutes(1), "bin/stop");
        if (pid.isEmpty()) {
            return;
        }
        var process = ProcessHandle.of(Long.parseLong(pid));
        if (process.isPresent()) {
            process.get().onExit().get(60, TimeUnit.SECONDS);
        }
    }

    /** Runs a Karaf shell command over SSH as admin. */
    String shell(String command) throws Exception {
        // the client ends its session as soon as its input closes, so it gets an input that stays open a while
        return run(home, Duration.ofMinutes(1), "bash", "-c", "sleep 8 | bin/client -a " + sshPort
                + " -u admin -p admin -r 20 -d 3 \"" + command + "\"");
    }

    private JsonNode awaitHealth(String demoState) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                Http.Reply reply = api.get("/health", null);
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

    private static String run(Path dir, Duration timeout, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true);
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

    private static void setProperty(Path home, String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.exists(path) ? new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8)) : new ArrayList<>();
        lines.removeIf(line -> line.matches("\\s*" + Pattern.quote(key) + "\\s*[=:].*"));
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
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
