package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@OversightTest
@DisplayName("Importing a plan on the web")
class ImportPagesTest {
    static final String TABLE = """
            Number\tRecommendation\tWhat we will do\tTimescale\tLead
            1\tMake the front door safer.\tRewrite the contact script\tJune 2026\tHead of Early Help
            1\t\tCheck twenty contacts a month\tMonthly\tPractice Lead
            """;
    @Autowired
    MockMvc mvc;
    @Autowired
    PlanRepository plans;
    final MockHttpSession session = new MockHttpSession();
    final RequestPostProcessor manager = user("manager").roles("PLAN_MANAGER");

    @Test
    @Transactional
    @DisplayName("should upload, show the mapping, preview and import the plan, then show it with a success banner")
    void uploadsMapsPreviewsAndConfirms() throws Exception {
        long before = plans.count();
        upload(new MockMultipartFile("file", "plan.txt", "text/plain", PlanImporterTest.PASTED.getBytes(StandardCharsets.UTF_8)));

        Document mapping = page("/imports/mapping");
        assertThat(mapping.select("h1").text()).isEqualTo("Check what each column holds");
        assertThat(mapping.select("label[for=field-2]").text()).contains("Action");
        assertThat(mapping.select("#field-2 option[selected]").text()).isEqualTo("Action");
        assertThat(mapping.select("label[for=field-6]").text()).contains("as at 1 September 2024");
        mvc.perform(post("/imports/mapping").session(session).with(manager).with(csrf()))
                .andExpect(redirectedUrl("/imports/preview"));

        Document preview = page("/imports/preview");
        assertThat(preview.select("h2").eachText()).contains("Recommendation 1", "Recommendation 2");
        assertThat(preview.text()).contains("Publish the threshold guide", "Head of Early Help; Jo Bright", "June 2024",
                "Deadline 30 June 2024", "Recurring, monthly");
        assertThat(preview.select(".govuk-warning-text").text()).contains("before importing");
        assertThat(preview.select("dt:containsOwn(RAG legend) + dd").text()).startsWith("None in the document");
        assertThat(preview.select("table:has(caption:contains(Warnings)) td").eachText()).contains("MISSING_LEAD");
        assertThat(plans.count()).isEqualTo(before);

        String location = mvc.perform(post("/imports/confirm").session(session).with(manager).with(csrf()))
                .andExpect(redirectedUrlPattern("/plans/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(plans.count()).isEqualTo(before + 1);
        var flash = mvc.perform(get(location).with(manager)).andReturn();
        assertThat(session.getAttribute(PendingImport.SESSION_KEY)).isNull();
        assertThat(location).matches("/plans/\\d+");
        assertThat(flash.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    @DisplayName("should change the preview when a column's field is corrected")
    void correctedMappingChangesThePreview() throws Exception {
        pasteTable(TABLE);
        Document mapping = page("/imports/mapping");
        assertThat(mapping.select("#field-2 option[selected]").val()).isEqualTo("ACTION");
        assertThat(page("/imports/preview").text()).contains("Rewrite the contact script", "Head of Early Help");

        mvc.perform(post("/imports/mapping").session(session).with(manager).with(csrf())
                        .param("field", "RECOMMENDATION_NUMBER", "RECOMMENDATION", "ACTION", "TIMESCALE", "IGNORED"))
                .andExpect(redirectedUrl("/imports/preview"));

        Document preview = page("/imports/preview");
        assertThat(preview.text()).contains("Rewrite the contact script").doesNotContain("Head of Early Help");
        assertThat(page("/imports/mapping").select("#field-4 option[selected]").val()).isEqualTo("IGNORED");
    }

    @Test
    @DisplayName("should show where each value was read, and change the preview when the structure is corrected")
    void structureCorrectionsChangeThePreviewAndPlacesAreShown() throws Exception {
        pasteTable(TABLE);
        Document before = page("/imports/preview");
        assertThat(before.select("h2").eachText()).containsOnlyOnce("Recommendation 1");
        assertThat(before.text()).contains("Read from table 1, row 3, column Lead");

        mvc.perform(post("/imports/mapping").session(session).with(manager).with(csrf())
                        .param("corrections", "table 1, row 3 continues the row above"))
                .andExpect(redirectedUrl("/imports/preview"));

        Document after = page("/imports/preview");
        assertThat(after.select("table:has(caption:contains(Actions under recommendation 1)) tbody tr")).hasSize(1);
        assertThat(after.text()).contains("Rewrite the contact script Check twenty contacts a month");
        assertThat(page("/imports/mapping").select("#corrections").text()).isEqualTo("table 1, row 3 continues the row above");
    }

    @Test
    @DisplayName("should name a correction it does not understand in the error summary and keep the preview as it was")
    void aCorrectionNotUnderstoodIsShownInTheErrorSummary() throws Exception {
        pasteTable(TABLE);
        String html = mvc.perform(post("/imports/mapping").session(session).with(manager).with(csrf())
                        .param("corrections", "merge all the rows"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#corrections]").text()).contains("Line 1 of the corrections");
        assertThat(page.select("#corrections").text()).isEqualTo("merge all the rows");
        assertThat(page("/imports/preview").select("h2").eachText()).containsOnlyOnce("Recommendation 1");
    }

    @Test
    @DisplayName("should show a refused file in the error summary, naming the problem, and keep nothing")
    void refusedFileShowsTheErrorSummary() throws Exception {
        String html = mvc.perform(multipart("/imports/new").file(new MockMultipartFile("file", "plan.txt", "text/plain",
                        new byte[] {1, 0, 2})).session(session).with(manager).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#file]").text()).contains("not text");
        assertThat(session.getAttribute(PendingImport.SESSION_KEY)).isNull();
    }

    @Test
    @DisplayName("should say so when nothing readable was found, or nothing was given")
    void nothingReadable() throws Exception {
        Document none = Jsoup.parse(mvc.perform(multipart("/imports/new").param("pasted", "Just a sentence of prose.")
                .session(session).with(manager).with(csrf())).andReturn().getResponse().getContentAsString());
        assertThat(none.select(".govuk-error-summary a[href=#pasted]").text()).contains("found no actions");

        Document empty = Jsoup.parse(mvc.perform(multipart("/imports/new").session(session).with(manager).with(csrf()))
                .andReturn().getResponse().getContentAsString());
        assertThat(empty.select(".govuk-error-summary").text()).contains("Choose a file to upload, or paste a table");
    }

    @Test
    @DisplayName("should discard the pending import when cancelled")
    void cancelDiscards() throws Exception {
        pasteTable(TABLE);
        mvc.perform(post("/imports/cancel").session(session).with(manager).with(csrf())).andExpect(redirectedUrl("/plans"));
        assertThat(session.getAttribute(PendingImport.SESSION_KEY)).isNull();
        mvc.perform(get("/imports/preview").session(session).with(manager)).andExpect(redirectedUrl("/imports/new"));
    }

    @Test
    @DisplayName("should refuse every import route to a viewer with 403")
    void viewerIsForbidden() throws Exception {
        RequestPostProcessor viewer = user("viewer").roles("VIEWER");
        for (String path : new String[] {"/imports/new", "/imports/mapping", "/imports/preview"}) {
            mvc.perform(get(path).with(viewer)).andExpect(status().isForbidden());
        }
        for (String path : new String[] {"/imports/new", "/imports/mapping", "/imports/confirm", "/imports/cancel"}) {
            mvc.perform(post(path).with(viewer).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    @DisplayName("should link Import a plan from the plans list for a manager")
    void linkedFromPlans() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/plans").with(manager)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("a[href=/imports/new]").text()).isEqualTo("Import a plan");
    }

    private void pasteTable(String table) throws Exception {
        mvc.perform(multipart("/imports/new").param("pasted", table).session(session).with(manager).with(csrf()))
                .andExpect(redirectedUrl("/imports/mapping"));
    }

    private void upload(MockMultipartFile file) throws Exception {
        mvc.perform(multipart("/imports/new").file(file).session(session).with(manager).with(csrf()))
                .andExpect(redirectedUrl("/imports/mapping"));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).session(session).with(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
