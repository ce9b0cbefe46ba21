package org.oversight.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One signed-in person: keeps their cookies by hand (the production session cookie is marked
 * secure, which {@link java.net.CookieManager} would not send over plain HTTP on loopback),
 * signs in through the sign-in form with its CSRF token, and posts forms with it.
 */
final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final HttpClient client;
    private final String base;
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentSkipListMap<>();
    private String csrf;

    Browser(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    static HttpClient client(int connections) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, connections)))
                .build();
    }

    Browser signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/sign-in");
        csrf = token(form.body());
        HttpResponse<String> signedIn = post("/sign-in", Map.of("username", username, "password", password));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("sign-in")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.statusCode() + " " + location);
        }
        csrf = token(get("/my-actions").body());
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /**
     * A timed page load: the answer read in full as bytes (the driver shares the machine's
     * processors with the application, so it does not decode what it only counts). The status.
     */
    int load(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    /** A page or file read in full as bytes, with its headers. */
    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        HttpResponse<T> response = client.send(request, body);
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return response;
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
