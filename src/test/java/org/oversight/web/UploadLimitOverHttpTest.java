package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.indicator.IndicatorRepository;
import org.oversight.testing.SignedInClient;
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
    @LocalServerPort
    int port;
    @Autowired
    IndicatorRepository indicators;

    @Test
    @DisplayName("should answer a signed-in upload over the limit with the error page that names the limit, saving nothing")
    void tooLargeUploadFromABrowser() throws Exception {
        SignedInClient browser = signedIn();
        long before = indicators.count();

        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMegabytes, (byte) 'a');
        HttpResponse<String> response = browser.upload("/indicators/import", "figures.csv", "text/csv", twoMegabytes);

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
        HttpResponse<String> response = signedIn().upload("/indicators/import", "figures.csv", "text/csv",
                "not,a,figures,file\n".getBytes(StandardCharsets.UTF_8));
        // read and refused in words on the form: the limit is not what stopped it
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("govuk-error-summary").doesNotContain("too big");
    }

    private SignedInClient signedIn() throws Exception {
        SignedInClient browser = new SignedInClient(port);
        HttpResponse<String> response = browser.signIn("manager");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }
}
