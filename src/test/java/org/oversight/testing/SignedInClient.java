package org.oversight.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/**
 * A real HTTP client talking to the application on a real port as a browser does: it signs in
 * through the sign-in form, keeps the session cookie, and posts files as multipart forms with
 * the page's CSRF token inside the body. Redirects are not followed, so a test sees them.
 */
public final class SignedInClient {
    private static final String BOUNDARY = "----oversight-test-upload";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public SignedInClient(int port) {
        this.port = port;
    }

    /** Signs in with the demo password; answers the sign-in form's response (302 to the start page when it worked). */
    public HttpResponse<String> signIn(String username) throws IOException, InterruptedException {
        String token = csrf(get("/sign-in").body());
        String form = "username=" + username + "&password=demo-password&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(url("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code content} as the form's {@code file} field, with the CSRF token of the page at {@code path}. */
    public HttpResponse<String> upload(String path, String fileName, String contentType, byte[] content)
            throws IOException, InterruptedException {
        String token = csrf(get(path).body());
        return http.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html,application/xhtml+xml")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(token, fileName, contentType, content))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Submits the first form of {@code page} whose action starts with {@code action} as a browser
     * would with nothing changed: its hidden and text inputs, each select's chosen option (or its
     * first) and its text areas, url-encoded.
     */
    public HttpResponse<String> submit(String page, String action) throws IOException, InterruptedException {
        var form = Jsoup.parse(page).select("form[action^=" + action + "]").first();
        if (form == null) {
            throw new IllegalStateException("The page has no form posting to " + action);
        }
        StringBuilder body = new StringBuilder();
        java.util.function.BiConsumer<String, String> field = (name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        form.select("input[name]").forEach(input -> {
            String type = input.attr("type");
            if (type.isEmpty() || type.equals("hidden") || type.equals("text") || input.hasAttr("checked")) {
                field.accept(input.attr("name"), input.val());
            }
        });
        form.select("select[name]").forEach(select -> {
            var chosen = select.select("option[selected]").first();
            var option = chosen != null ? chosen : select.select("option").first();
            field.accept(select.attr("name"), option == null ? "" : option.val());
        });
        form.select("textarea[name]").forEach(area -> field.accept(area.attr("name"), area.val()));
        return http.send(HttpRequest.newBuilder(url(form.attr("action"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String csrf(String page) {
        return Jsoup.parse(page).select("input[name=_csrf]").first().attr("value");
    }

    private static byte[] multipart(String csrf, String fileName, String contentType, byte[] content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String csrfPart = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n";
        String fileHead = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        body.write(csrfPart.getBytes(StandardCharsets.UTF_8));
        body.write(fileHead.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
