package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.notification.DueReminder;
import org.oversight.notification.NotificationKind;
import org.oversight.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** What the home page shows each kind of person, and where signing in lands them. */
@OversightTest
@Transactional
class HomePageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;

    @Test
    @DisplayName("should send someone not signed in to the plans")
    void sendsAnonymousPeopleToThePlans() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/plans"));
    }

    @Test
    @DisplayName("should show a viewer their notifications and where to go, without rounds or actions to update")
    void showsAViewerTheirNotifications() throws Exception {
        notifications.raise(new DueReminder("home-test:viewer", "viewer", NotificationKind.PACK_READY,
                "The board pack is ready", "The pack for the next meeting is ready to read.", "/boards"));
        Document page = home(user("viewer").roles("VIEWER"));

        assertThat(page.title()).isEqualTo("Home - Oversight");
        assertThat(page.select(".app-notifications a").eachText()).containsExactly("The board pack is ready");
        assertThat(page.select("h2").eachText()).doesNotContain("Update rounds waiting for you", "Open update rounds",
                "Your actions due soon or overdue");
        assertThat(page.select(".govuk-grid-column-one-third a").eachText())
                .containsExactly("All plans", "Boards", "Choose how you get notifications");
    }

    @Test
    @DisplayName("should show a lead the open round, how many of their actions they have updated, and a link to update them")
    void showsALeadTheirRound() throws Exception {
        Document page = home(user("lead").roles("ACTION_LEAD"));

        assertThat(page.select(".app-home-rounds a").attr("href")).matches("/rounds/\\d+/my-updates");
        assertThat(page.select(".app-home-rounds").text()).containsPattern("You have updated \\d+ of your \\d+ actions? in this round");
        assertThat(page.select(".app-home-rounds .govuk-tag").text()).isIn("To update", "Overdue", "Updated");
        assertThat(page.select("h2").eachText()).contains("Your actions due soon or overdue").doesNotContain("Open update rounds");
        assertThat(page.select(".govuk-grid-column-one-third a").eachText()).contains("My actions");
    }

    @Test
    @DisplayName("should show plan managers and administrators every open round with who is left, and administrators the outbox")
    void showsManagersEveryOpenRound() throws Exception {
        for (String role : new String[] {"PLAN_MANAGER", "ADMINISTRATOR"}) {
            Document page = home(user(role.toLowerCase()).roles(role));
            assertThat(page.select("table a").attr("href")).as(role).matches("/plans/\\d+/rounds/\\d+");
            assertThat(page.select("table tbody").text()).as(role)
                    .containsPattern("\\d+ of \\d+ actions updated; (every lead has updated|\\d+ leads? still to update)");
            assertThat(page.select(".govuk-grid-column-one-third a").eachText().contains("Emails in the outbox"))
                    .as(role).isEqualTo(role.equals("ADMINISTRATOR"));
        }
    }

    @Test
    @DisplayName("should land on the home page after signing in, or back on the page that asked for it")
    void landsAfterSigningIn() throws Exception {
        assertThat(signIn(new MockHttpSession(), "10.70.0.1")).isEqualTo("/");

        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/my-actions").session(session)).andExpect(redirectedUrl("/sign-in"));
        assertThat(signIn(session, "10.70.0.2")).contains("/my-actions");
    }

    private String signIn(MockHttpSession session, String address) throws Exception {
        return mvc.perform(post("/sign-in").session(session).with(csrf())
                        .param("username", "lead").param("password", "demo-password")
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private Document home(RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(who)).andReturn().getResponse().getContentAsString());
    }
}
