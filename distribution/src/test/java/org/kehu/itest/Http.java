package org.kehu.itest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the tests: real requests over loopback, with HTTP Basic credentials. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    public Reply send(String method, String path, String user, String contentType, String body) {
        return send(method, path, user, contentType, body, java.util.Map.of());
    }

    /** Sends a request with further headers, e.g. {@code Accept-Language}. */
    public Reply send(String method, String path, String user, String contentType, String body,
            java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":" + user;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        request.header("Accept", contentType != null && contentType.startsWith("text/xml") ? "text/xml" : "application/json");
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Reply get(String path, String user) {
        return send("GET", path, user, null, null);
    }

    public Reply post(String path, String user, String json) {
        return send("POST", path, user, "application/json", json);
    }

    public Reply put(String path, String user, String json) {
        return send("PUT", path, user, "application/json", json);
    }

    public Reply delete(String path, String user) {
        return send("DELETE", path, user, null, null);
    }

    public Reply soap(String path, String user, String envelope) {
        return send("POST", path, user, "text/xml; charset=UTF-8", envelope);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
