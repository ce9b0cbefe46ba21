package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** MockMvc does not forward to /error by itself, so these call it as the servlet container would. */
@OversightTest
class ErrorPageTest {
    @Autowired
    MockMvc mvc;

    private Document errorPage(int status, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get("/error").with(user("manager").roles("PLAN_MANAGER"))
                        .requestAttr("jakarta.servlet.error.status_code", status)
                        .requestAttr("jakarta.servlet.error.request_uri", path)
                        .accept("text/html"))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    @DisplayName("should explain a missing page in GOV.UK words inside the usual layout")
    void explainsPageNotFound() throws Exception {
        Document page = errorPage(404, "/plans/999");

        assertThat(page.title()).isEqualTo("Page not found - Oversight");
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("main").text()).contains("If you typed the web address, check it is correct.");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select(".govuk-skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(page.select(".app-account-bar").text()).contains("Signed in as manager (Plan manager)");
    }

    @Test
    @DisplayName("should tell a signed-in user plainly when their role does not allow a page")
    void explainsForbidden() throws Exception {
        Document page = errorPage(403, "/accounts");

        assertThat(page.select("h1").text()).isEqualTo("You do not have permission to see this page");
        assertThat(page.select(".govuk-service-navigation__link").eachText()).doesNotContain("Accounts");
    }

    @Test
    @DisplayName("should apologise for a fault without showing technical details")
    void apologisesForServerError() throws Exception {
        Document page = errorPage(500, "/plans");

        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.select("main").text()).contains("Try again later.").doesNotContain("Exception");
    }

    @Test
    @DisplayName("should serve GOV.UK Frontend's styles and fonts and our own RAG styles")
    void servesAssets() throws Exception {
        assertThat(mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/assets/fonts/bold-b542beb274-v2.woff2"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/assets/oversight.css")).andReturn().getResponse().getContentAsString())
                .contains(".rag-red", ".rag-amber", ".rag-green", ".rag-blue", ".rag-yellow");
    }
}
