package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.indicator.IndicatorRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload over the limit, sent by a real HTTP client to the application on a real port, as a
 * browser sends it: signed in, with the form's CSRF token inside the multipart body (so the
 * limit is met while the security filters read the request, before any controller). The person
 * gets the GOV.UK error page naming the limit in MB, never a bare JSON body, and nothing is saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:upload-limit-over-http;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true",
        "oversight.import.max-size=1MB"})
class UploadLimitOverHttpTest {
    private static final String BOUNDARY = "----oversight-upload-test";

    @LocalServerPort
    int port;
    @Autowired
    IndicatorRepository indicators;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @DisplayName("should answer a signed-in upload over the limit with the error page that names the limit, saving nothing")
    void tooLargeUploadFromABrowser() throws Exception {
        signIn("manager");
        String token = csrf(get("/indicators/import").body());
        long before = indicators.count();

        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMegabytes, (byte) 'a');
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(url("/indicators/import"))
                        .header("Accept", "text/html,application/xhtml+xml")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(token, "figures.csv", twoMegabytes)))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String page = Jsoup.parse(response.body()).text();
        assertThat(page).contains("The file you chose is too big", "The file must be smaller than 1 MB.");
        assertThat(response.body()).contains("govuk-template").doesNotContain("\"status\":413");
        assertThat(indicators.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should still take an upload under the limit through the same form")
    void uploadUnderTheLimitIsRead() throws Exception {
        signIn("manager");
        String token = csrf(get("/indicators/import").body());
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(url("/indicators/import"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                multipart(token, "figures.csv", "not,a,figures,file\n".getBytes(StandardCharsets.UTF_8))))
                        .build(), HttpResponse.BodyHandlers.ofString());
        // read and refused in words on the form: the limit is not what stopped it
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("govuk-error-summary").doesNotContain("too big");
    }

    private void signIn(String username) throws Exception {
        String token = csrf(get("/sign-in").body());
        String form = "username=" + username + "&password=demo-password&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(url("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(url(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static String csrf(String page) {
        return Jsoup.parse(page).select("input[name=_csrf]").first().attr("value");
    }

    private static byte[] multipart(String csrf, String fileName, byte[] content) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String csrfPart = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n";
        String fileHead = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
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
