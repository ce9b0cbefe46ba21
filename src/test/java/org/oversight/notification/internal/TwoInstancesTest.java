package org.oversight.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oversight.OversightApplication;
import org.oversight.account.Accounts;
import org.oversight.account.Role;
import org.oversight.notification.DeliveryChoice;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanFixtures;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.UpdateRounds;
import org.oversight.testing.EmbeddedPostgresServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of Oversight on random ports against one PostgreSQL database, as behind a
 * load balancer: a session begun on one continues on the other, and when both run the daily
 * reminders at once each reminder is emailed once (to a real SMTP server, GreenMail).
 */
class TwoInstancesTest {
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    private static String database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.get();
        database = postgres.createFreshDatabase("two_instances");
        first = start(postgres);
        second = start(postgres);
        first.getBean(Accounts.class).create("lead", "Sam Lead", Role.ACTION_LEAD, "a-long-test-password");
        first.getBean(PreferenceRepository.class).save(
                new NotificationPreference("lead", "lead@example.gov.uk", DeliveryChoice.IMMEDIATE));
        first.getBean(PreferenceRepository.class).save(
                new NotificationPreference("nhslead", "nhslead@example.gov.uk", DeliveryChoice.IMMEDIATE));
        PlanFixtures fixtures = new PlanFixtures();
        var plan = fixtures.save(first.getBean(OrganisationRepository.class), first.getBean(LeadRepository.class),
                first.getBean(PlanRepository.class), fixtures.aPlanWithOverdueActions()).get(0);
        first.getBean(UpdateRounds.class).open(plan.getId(), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 9));
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgresServer postgres) {
        return new SpringApplicationBuilder(OversightApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl(database),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=",
                "--oversight.demo.enabled=false",
                "--oversight.mail.mode=smtp",
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + ServerSetupTest.SMTP.getPort(),
                "--oversight.reminders.cron=-",
                "--oversight.reminders.digest-cron=-");
    }

    @AfterAll
    static void stopBoth() {
        second.close();
        first.close();
        EmbeddedPostgresServer.get().dropDatabase(database);
    }

    @Test
    @DisplayName("should continue a session signed in on one instance on the other")
    void sharesSessions() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String signIn = browser.send(HttpRequest.newBuilder(url(first, "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn);
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(url(first, "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=lead&password=a-long-test-password&_csrf="
                        + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        String cookie = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .findFirst().orElseThrow().getValue();
        HttpResponse<String> onSecond = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url(second, "/my-actions"))
                .header("Cookie", "SESSION=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(onSecond.body()).contains("Signed in as Sam Lead", "1.1");
    }

    @Test
    @DisplayName("should email each reminder once when both instances run the reminders at the same time")
    void remindsOnceAcrossInstances() throws Exception {
        LocalDate thursdayBeforeEaster = LocalDate.of(2026, 4, 2);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> first.getBean(DailyRun.class).runOn(thursdayBeforeEaster));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> second.getBean(DailyRun.class).runOn(thursdayBeforeEaster));
        CompletableFuture.allOf(a, b).join();
        second.getBean(DailyRun.class).runOn(thursdayBeforeEaster);

        smtp.waitForIncomingEmail(5000, 2);
        List<String> recipients = java.util.Arrays.stream(smtp.getReceivedMessages())
                .map(m -> { try { return m.getAllRecipients()[0].toString(); } catch (Exception e) { throw new IllegalStateException(e); } })
                .toList();
        assertThat(recipients).containsExactlyInAnyOrder("lead@example.gov.uk", "nhslead@example.gov.uk");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("/my-updates");
    }

    @Test
    @DisplayName("should answer health checks openly and keep metrics for administrators")
    void operationsEndpoints() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(client.send(HttpRequest.newBuilder(url(first, "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("UP");
        assertThat(client.send(HttpRequest.newBuilder(url(first, "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private static URI url(ConfigurableApplicationContext app, String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }
}
