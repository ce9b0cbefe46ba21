package org.oversight.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in with an organisation's account through a real OpenID Connect provider
 * (mock-oauth2-server, over HTTP on localhost) and the application on a random port, with a
 * real HTTP client following the authorization-code flow; plus the session cookie's flags.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:organisation-sign-in;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=false",
        "oversight.oidc.role-mapping.oversight-plan-managers=PLAN_MANAGER",
        "oversight.oidc.role-mapping.oversight-viewers=VIEWER",
        "oversight.oidc.organisations.kingsmead=Kingsmead Borough Council"})
class OrganisationSignInTest {
    private static final String ISSUER = "kingsmead";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @LocalServerPort
    int port;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PlanRepository plans;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.kingsmead.client-id", () -> "oversight");
        registry.add(prefix + "registration.kingsmead.client-secret", () -> "not-a-real-secret");
        registry.add(prefix + "registration.kingsmead.client-name", () -> "Kingsmead Borough Council");
        registry.add(prefix + "registration.kingsmead.scope", () -> "openid,profile");
        registry.add(prefix + "provider.kingsmead.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    /** A browser: keeps cookies, follows redirects itself so each step can be seen. */
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    /** Follows redirects from a start page, through the provider, until a page answers. */
    private HttpResponse<String> follow(String url, List<HttpResponse<String>> steps) throws Exception {
        HttpResponse<String> response = get(url);
        steps.add(response);
        for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
            String next = URI.create(url).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
            response = get(next);
            steps.add(response);
            url = next;
        }
        return response;
    }

    private static void signsInAs(String username, String name, List<String> groups) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, username, "JWT", List.of("oversight"),
                Map.of("preferred_username", username, "name", name, "groups", groups), 3600));
    }

    private String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getValue()).findFirst().orElse(null);
    }

    @Test
    @DisplayName("should offer the organisation's sign-in and sign a mapped person in with their group's role")
    void mappedGroupSignsIn() throws Exception {
        Document signInPage = Jsoup.parse(get(app("/sign-in")).body());
        assertThat(signInPage.select("a.app-organisation-sign-in").text())
                .isEqualTo("Sign in with your organisation's account (Kingsmead Borough Council)");
        String sessionBefore = sessionCookie();

        signsInAs("priya.shah@kingsmead.example", "Priya Shah", List.of("everyone", "oversight-plan-managers"));
        var steps = new java.util.ArrayList<HttpResponse<String>>();
        HttpResponse<String> landing = follow(app("/oauth2/authorization/kingsmead"), steps);

        assertThat(steps.get(0).headers().firstValue("Location").orElseThrow())
                .startsWith(PROVIDER.issuerUrl(ISSUER) + "/authorize?response_type=code");
        assertThat(steps.get(steps.size() - 2).headers().firstValue("Location").orElseThrow()).matches("(https?://[^/]+)?/");
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(landing.body()).select(".app-account-bar__text").text())
                .contains("Signed in as Priya Shah (Plan manager)");
        assertThat(sessionCookie()).as("a new session id at sign-in").isNotNull().isNotEqualTo(sessionBefore);
        assertThat(get(app("/plans/new")).statusCode()).as("a plan manager may create plans").isEqualTo(200);
        assertThat(get(app("/accounts")).statusCode()).as("but not manage accounts").isEqualTo(403);
    }

    @Test
    @DisplayName("should carry the registration's organisation: its plans only, and new plans owned by it")
    void organisationIsCarried() throws Exception {
        signsInAs("priya.shah@kingsmead.example", "Priya Shah", List.of("oversight-plan-managers"));
        follow(app("/oauth2/authorization/kingsmead"), new java.util.ArrayList<>());

        Document list = Jsoup.parse(get(app("/plans")).body());
        assertThat(list.text()).contains("Kingsmead improvement plan").doesNotContain("Ashcombe improvement plan");
        assertThat(Jsoup.parse(get(app("/plans/new")).body()).select(".govuk-inset-text").text())
                .contains("The plan is owned by Kingsmead Borough Council, your organisation.");
        long ashcombe = plans.findAll().stream().filter(p -> p.getTitle().startsWith("Ashcombe")).findFirst()
                .orElseThrow().getId();
        assertThat(get(app("/plans/" + ashcombe)).statusCode()).as("another organisation's draft").isEqualTo(404);
    }

    /** The organisation the registration names must exist, or its people are refused. */
    @BeforeEach
    void twoCouncilsWithADraftPlanEach() {
        planOf("Kingsmead Borough Council", "Kingsmead improvement plan");
        planOf("Ashcombe Borough Council", "Ashcombe improvement plan");
    }

    private void planOf(String organisation, String title) {
        if (plans.findAll().stream().noneMatch(p -> p.getTitle().equals(title))) {
            Organisation owner = organisations.findByName(organisation)
                    .orElseGet(() -> organisations.save(new Organisation(organisation, OrganisationKind.COUNCIL)));
            plans.save(new ActionPlan(title, owner, null, null));
        }
    }

    @Test
    @DisplayName("should refuse someone in no mapped group, saying why, and leave them signed out")
    void unmappedPersonIsRefused() throws Exception {
        signsInAs("sam.jones@kingsmead.example", "Sam Jones", List.of("everyone"));
        HttpResponse<String> landing = follow(app("/oauth2/authorization/kingsmead"), new java.util.ArrayList<>());

        assertThat(Jsoup.parse(landing.body()).select(".govuk-error-summary__list").text())
                .contains("not in any group that has access to Oversight");
        HttpResponse<String> myActions = get(app("/my-actions"));
        assertThat(myActions.statusCode()).isEqualTo(302);
        assertThat(myActions.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    @Test
    @DisplayName("should set the session cookie HttpOnly and SameSite=Lax, and Secure in the production profile")
    void sessionCookieFlags() throws Exception {
        HttpResponse<String> page = get(app("/sign-in"));
        String setCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

        YamlPropertiesFactoryBean production = new YamlPropertiesFactoryBean();
        production.setResources(new ClassPathResource("application-postgres.yml"));
        Properties properties = production.getObject();
        assertThat(String.valueOf(properties.get("server.servlet.session.cookie.secure"))).isEqualTo("true");
    }
}
