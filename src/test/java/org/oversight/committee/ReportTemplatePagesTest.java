package org.oversight.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.OrganisationAuthority;
import org.oversight.audit.AuditTrail;
import org.oversight.governance.Board;
import org.oversight.governance.BoardKind;
import org.oversight.governance.Boards;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a board's report template in its one form, as a browser without JavaScript posts it:
 * headings renamed, sections moved and added, errors named, a stale form refused, every change
 * audited, another council kept out, and reports keeping the template they were drafted with.
 */
@OversightTest
@Transactional
class ReportTemplatePagesTest {
    @Autowired MockMvc mvc;
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired CommitteeReports reports;
    @Autowired ReportTemplates templates;
    @Autowired OrganisationRepository organisations;
    @Autowired AuditTrail audit;

    private long councilA;
    private Board panel;
    private Meeting meeting;

    @BeforeEach
    void aPanelOfCouncilA() {
        councilA = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL)).getId();
        panel = boards.save(new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL).belongTo(councilA));
        meeting = meetings.save(new Meeting(panel, LocalDate.now().plusDays(60), null, "Town Hall"));
    }

    private RequestPostProcessor ofA(String username, String role) {
        return user(username).authorities(() -> "ROLE_" + role, () -> OrganisationAuthority.of(councilA));
    }

    private Document editor() throws Exception {
        return Jsoup.parse(mvc.perform(get("/boards/{id}/report-template", panel.getId()).with(ofA("clerk", "PLAN_MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The form's fields as a browser would post them, with some changed, and the button pressed. */
    private static MockHttpServletRequestBuilder submit(Document page, long boardId, String action, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : page.select("form#sections input, form#sections textarea")) {
            if (field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
                continue;
            }
            fields.put(field.attr("name"), field.tagName().equals("textarea") ? field.text() : field.val());
        }
        fields.putAll(changed);
        MockHttpServletRequestBuilder request = post("/boards/{id}/report-template", boardId).with(csrf()).param("action", action);
        fields.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request;
    }

    private String idOf(Document page, String heading) {
        return page.select("form#sections input[type=text]").stream().filter(i -> i.val().equals(heading)).findFirst().orElseThrow()
                .id().replace("heading-", "");
    }

    private void send(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(ofA("clerk", "PLAN_MANAGER"))).andExpect(status().is3xxRedirection());
    }

    @Test
    @DisplayName("should rename a heading, move a section and add one of the council's own, each a revision in the audit trail")
    void editsTheTemplate() throws Exception {
        Document page = editor();
        assertThat(page.select("#revision").text()).contains("standard template");
        send(submit(page, panel.getId(), "save", Map.of("sections[" + idOf(page, "Background") + "].heading", "Context",
                "sections[" + idOf(page, "Background") + "].guidance", "What led to this report")));
        page = editor();
        send(submit(page, panel.getId(), "add", Map.of("newHeading", "Consultation", "newGuidance", "Who was asked")));
        page = editor();
        send(submit(page, panel.getId(), "up-" + idOf(page, "Context"), Map.of()));

        ReportTemplate stored = templates.findByBoard(panel).orElseThrow();
        assertThat(stored.getRevision()).isEqualTo(3);
        assertThat(stored.getSections()).extracting(TemplateSection::getHeading).startsWith("Purpose of the report", "Context",
                "Recommendations").contains("Consultation");
        assertThat(audit.historyOf(ReportTemplating.AUDIT_TYPE, stored.getId())).extracting(e -> e.getSummary())
                .anySatisfy(s -> assertThat(s).contains("Added the section Consultation"))
                .anySatisfy(s -> assertThat(s).contains("Moved Context up")).hasSize(3);
        assertThat(editor().select("button[value^=remove-]")).singleElement()
                .satisfies(b -> assertThat(b.text()).contains("Consultation"));
    }

    @Test
    @DisplayName("should name a blank and a duplicate heading in the error summary and save nothing")
    void namesErrors() throws Exception {
        Document page = editor();
        String answer = mvc.perform(submit(page, panel.getId(), "save", Map.of("sections[0].heading", " ",
                        "sections[2].heading", "Recommendations")).with(ofA("clerk", "PLAN_MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document shown = Jsoup.parse(answer);
        assertThat(shown.select(".govuk-error-summary a")).extracting(Element::text)
                .containsExactly("Enter the heading of section 1",
                        "Another section is already headed Recommendations: give section 3 a different heading");
        assertThat(shown.select(".govuk-error-summary a").first().attr("href")).isEqualTo("#heading-0");
        assertThat(shown.getElementById("heading-0")).isNotNull();
        assertThat(templates.findByBoard(panel)).isEmpty();
    }

    @Test
    @DisplayName("should refuse a change made from a form older than the template, say so, and keep the other clerk's change")
    void twoClerksNeverLoseAChangeSilently() throws Exception {
        Document first = editor();
        Document second = editor();
        send(submit(first, panel.getId(), "save", Map.of("sections[2].heading", "Context")));

        String answer = mvc.perform(submit(second, panel.getId(), "save", Map.of("sections[3].heading", "Our report"))
                .with(ofA("other-clerk", "PLAN_MANAGER"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(answer).select(".govuk-error-summary").text()).contains("Someone else saved this template");
        assertThat(Jsoup.parse(answer).getElementById("heading-2").val()).isEqualTo("Context");
        assertThat(templates.findByBoard(panel).orElseThrow().getSections()).extracting(TemplateSection::getHeading)
                .contains("Context", "The report").doesNotContain("Our report");
    }

    @Test
    @DisplayName("should answer 'not found' to another council, refuse an action lead, and change nothing")
    void onlyThoseWhoManageTheBoard() throws Exception {
        Document page = editor();
        long b = organisations.save(new Organisation("Council B", OrganisationKind.COUNCIL)).getId();
        RequestPostProcessor managerOfB = user("b-manager").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(b));

        mvc.perform(get("/boards/{id}/report-template", panel.getId()).with(managerOfB)).andExpect(status().isNotFound());
        mvc.perform(submit(page, panel.getId(), "add", Map.of("newHeading", "Council B's section")).with(managerOfB))
                .andExpect(status().isNotFound());
        mvc.perform(submit(page, panel.getId(), "add", Map.of("newHeading", "A lead's section")).with(ofA("lead", "ACTION_LEAD")))
                .andExpect(status().isForbidden());

        assertThat(templates.findByBoard(panel)).isEmpty();
    }

    @Test
    @DisplayName("should keep a drafted report's template when the board's changes, until its author moves it to the new one")
    void reportsKeepTheirTemplate() throws Exception {
        mvc.perform(post("/meetings/{id}/committee-reports", meeting.getId()).with(ofA("author", "ACTION_LEAD")).with(csrf())
                .param("title", "Before the change")).andExpect(status().is3xxRedirection());
        long before = reports.findByMeetingOrderById(meeting).get(0).getId();
        Document page = editor();
        send(submit(page, panel.getId(), "add", Map.of("newHeading", "Risk management", "sections[2].heading", "Context")));
        mvc.perform(post("/meetings/{id}/committee-reports", meeting.getId()).with(ofA("author", "ACTION_LEAD")).with(csrf())
                .param("title", "After the change")).andExpect(status().is3xxRedirection());
        long after = reports.findByMeetingOrderById(meeting).get(1).getId();

        Document old = reportPage(before);
        assertThat(old.select("h2").eachText()).contains("Background").doesNotContain("Context", "Risk management");
        assertThat(old.select("#report-template").text()).contains("standard report template", "has changed");
        Document fresh = reportPage(after);
        assertThat(fresh.select("h2").eachText()).contains("Context", "Risk management").doesNotContain("Background");
        Document form = Jsoup.parse(mvc.perform(get("/committee-reports/{id}/edit", after).with(ofA("author", "ACTION_LEAD")))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("label[for=custom[c1]]").text()).isEqualTo("Risk management");

        mvc.perform(post("/committee-reports/{id}/template", before).with(ofA("author", "ACTION_LEAD")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reportPage(before).select("h2").eachText()).contains("Context", "Risk management");
        assertThat(reports.findById(before).orElseThrow().getTemplateRevision()).isEqualTo(1);
    }

    private Document reportPage(long id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/committee-reports/{id}", id).with(ofA("author", "ACTION_LEAD")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
