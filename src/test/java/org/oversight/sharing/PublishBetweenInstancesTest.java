package org.oversight.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightApplication;
import org.oversight.account.CurrentUser;
import org.oversight.account.Role;
import org.oversight.cli.OversightCommandLine;
import org.oversight.indicator.IndicatorValue;
import org.oversight.indicator.IndicatorValueRepository;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two running instances, each with its own database: a regional one holding the demo's five
 * councils, and a national one with no council of its own. The regional instance's command posts
 * what its councils share with "National" over HTTP; the national overview shows exactly that.
 */
class PublishBetweenInstancesTest {
    private static final String PASSWORD = "an-overview-across-every-council-42";
    private static ConfigurableApplicationContext regional;
    private static ConfigurableApplicationContext national;
    private static String token;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        regional = start("regional", true);
        national = start("national", false);
        national.getBean(SharingGroupRepository.class).save(new SharingGroup("National", GroupKind.NATIONAL));
        Result issued = run(national, "sending-instance", "Vale and Downs", "--group", "National");
        assertThat(issued.code()).as(issued.err()).isZero();
        token = issued.out().lines().reduce((a, b) -> b).orElseThrow().strip();
    }

    private static ConfigurableApplicationContext start(String name, boolean demo) throws Exception {
        return new SpringApplicationBuilder(OversightApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--oversight.data-dir=" + Files.createTempDirectory("oversight-" + name),
                "--oversight.demo.enabled=" + demo,
                "--oversight.bootstrap-admin.username=national",
                "--oversight.bootstrap-admin.password=" + PASSWORD,
                "--oversight.reminders.cron=-",
                "--oversight.reminders.digest-cron=-");
    }

    @AfterAll
    static void stopBoth() {
        if (national != null) {
            national.close();
        }
        if (regional != null) {
            regional.close();
        }
    }

    @Test
    @DisplayName("should show on the national overview the councils that share with National, with their counts as at two dates, and drop a withdrawn one at the next (scheduled) publication")
    void publishesSharedStandings() throws Exception {
        SharingGroup group = regional.getBean(SharingGroupRepository.class).findByName("National").orElseThrow();
        long kingsmead = organisation("Kingsmead Borough Council");
        List<IndicatorValue> kingsmeadValues = regional.getBean(IndicatorValueRepository.class)
                .findInOrderOwnedBy(List.of(kingsmead));
        IndicatorValue shared = kingsmeadValues.get(0);
        regional.getBean(Sharing.class).shareIndicators(kingsmead, List.of(shared.getIndicator().getCode()), group.getId(),
                new CurrentUser("manager", "Plan manager", Role.PLAN_MANAGER, kingsmead));

        Result published = run(regional, "publish-shared", "--to", url(national, ""), "--token", token);
        assertThat(published.code()).as(published.err()).isZero();

        LocalDate today = LocalDate.now();
        LocalDate past = today.withDayOfMonth(1).minusMonths(2);
        HttpClient browser = signedIn();
        for (LocalDate asAt : List.of(today, past)) {
            Map<String, List<Integer>> expected = counts(regional.getBean(Overview.class).localRows(group, asAt, null));
            assertThat(expected).containsOnlyKeys("Brookfield City Council", "Eastmarsh County Council",
                    "Harrowdene Borough Council");
            assertThat(overviewOf(browser, asAt)).as("the national overview as at %s", asAt).isEqualTo(expected);
        }
        String page = get(browser, "/overview");
        assertThat(page).contains("From the instance Vale and Downs, received").doesNotContain("Kingsmead", "Ashcombe");
        assertThat(national.getBean(ReceivedStandings.class).figures(List.of(nationalGroup().getId()),
                shared.getIndicator().getCode(), shared.getPeriod().toString()))
                .extracting(Comparison.Line::name, l -> l.figure().stripTrailingZeros())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kingsmead Borough Council (from Vale and Downs, received "
                        + LocalDate.now(java.time.ZoneOffset.UTC) + ")", shared.getValue().stripTrailingZeros()));

        long harrowdene = organisation("Harrowdene Borough Council");
        SharedItem harrowdeneShare = regional.getBean(Sharing.class).liveIn(group.getId()).stream()
                .filter(i -> i.getOrganisationId() == harrowdene).findFirst().orElseThrow();
        regional.getBean(Sharing.class).withdraw(harrowdeneShare.getId(),
                new CurrentUser("harrowdene", "Plan manager", Role.PLAN_MANAGER, harrowdene));
        // this time as the schedule (oversight.publish.cron) publishes
        new ScheduledPublishing(regional.getBean(StandingsPublisher.class), url(national, "/"), token, "National").publish();

        assertThat(overviewOf(browser, today)).containsOnlyKeys("Brookfield City Council", "Eastmarsh County Council");
    }

    @Test
    @DisplayName("should refuse a publication without the token issued to the sending instance, storing nothing")
    void refusesWithoutTheToken() throws Exception {
        Result refused = run(regional, "publish-shared", "--to", url(national, ""), "--token", "not-the-token");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("401");

        HttpResponse<String> signedInOnly = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url(national, "/api/shared-standings")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("national:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"councils\":[]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedInOnly.statusCode()).as("the instance's own administrator is no sending instance").isEqualTo(401);
    }

    private static long organisation(String name) {
        return regional.getBean(OrganisationRepository.class).findByName(name).map(Organisation::getId).orElseThrow();
    }

    private static SharingGroup nationalGroup() {
        return national.getBean(SharingGroupRepository.class).findByName("National").orElseThrow();
    }

    /** Red, amber, green, complete, overdue, moved twice, days since the round, per council. */
    private static Map<String, List<Integer>> counts(List<OverviewRow> rows) {
        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(r.council(), List.of(r.red(), r.amber(), r.green(), r.complete(), r.overdue(),
                r.movedTwice(), r.daysSinceRound() == null ? -1 : r.daysSinceRound().intValue())));
        return counts;
    }

    private static Map<String, List<Integer>> overviewOf(HttpClient browser, LocalDate asAt) throws Exception {
        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        for (Element row : Jsoup.parse(get(browser, "/overview?asAt=" + asAt)).select("tr.overview-row")) {
            String since = row.selectFirst(".cell-since").text();
            counts.put(row.attr("data-council"), List.of(cell(row, "red"), cell(row, "amber"), cell(row, "green"),
                    cell(row, "complete"), cell(row, "overdue"), cell(row, "moved"),
                    since.matches("\\d+") ? Integer.parseInt(since) : -1));
        }
        return counts;
    }

    private static int cell(Element row, String name) {
        return Integer.parseInt(row.selectFirst(".cell-" + name).text());
    }

    private static HttpClient signedIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = get(browser, "/sign-in");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(url(national, "/sign-in")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=national&password=" + PASSWORD + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    private static String get(HttpClient browser, String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url(national, path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    private static String url(ConfigurableApplicationContext instance, String path) {
        return "http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path;
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(ConfigurableApplicationContext instance, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = instance.getBean(OversightCommandLine.class).execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
