package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.plan.Action;
import org.oversight.plan.ActionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The indicator pages as people see them, on the demo indicators. */
@OversightTest
@Transactional
class IndicatorPagesTest {
    private static final RequestPostProcessor MANAGER = user("manager").roles("PLAN_MANAGER");
    private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");
    private static final RequestPostProcessor NHS_LEAD = user("nhslead").roles("ACTION_LEAD");

    @Autowired MockMvc mvc;
    @Autowired IndicatorRepository indicators;
    @Autowired IndicatorValueRepository values;
    @Autowired ActionRepository actions;
    @Autowired IndicatorLinks links;

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private Indicator lac1() {
        return DemoIndicator.coded(indicators, "LAC 1").orElseThrow();
    }

    @Test
    @DisplayName("should list each indicator with its latest figure, target, comparators, status and direction in words")
    void listsIndicators() throws Exception {
        Document list = page(get("/indicators").with(VIEWER));

        assertThat(list.select("h1").text()).isEqualTo("Performance indicators");
        var row = list.select("tr:has(a:contains(EH 1))").first();
        assertThat(row.text()).contains("86.8%", "85%", "79.5%", "81.2%", "On target", "Improving", "percentage points");
        assertThat(list.select("tr:has(a:contains(LAC 4))").text()).contains("Lower is better", "points").doesNotContain("0.6%");
        assertThat(list.select("a[href=/indicators/enter]")).isEmpty();
    }

    @Test
    @DisplayName("should keep indicators from people who are not signed in")
    void needsSignIn() throws Exception {
        mvc.perform(get("/indicators")).andExpect(status().is3xxRedirection());
    }

    @Test
    @DisplayName("should draw the trend as an SVG image with a text alternative beside the data table, and show the misstated percentage")
    void showsIndicator() throws Exception {
        Document page = page(get("/indicators/" + lac1().getId()).with(MANAGER));

        assertThat(page.select("svg[role=img] title").text()).contains("LAC 1");
        assertThat(page.select("svg[role=img] desc").text()).contains("percentage points");
        assertThat(page.select("table#values tbody tr")).hasSize(12);
        assertThat(page.select("#warnings ~ .govuk-summary-card").text()).contains("PERCENT_MISMATCH", "31 of 44", "70.5%");
        assertThat(page.select("button:contains(Accept this warning)")).isNotEmpty();
        assertThat(page.select("#links ~ ul a").text()).contains("Action 3.1");
    }

    @Test
    @DisplayName("should draw a breakdown chart of the placements and time bands")
    void showsBreakdown() throws Exception {
        Document page = page(get("/indicators/" + DemoIndicator.coded(indicators, "LAC 5").orElseThrow().getId()).with(VIEWER));

        assertThat(page.select("h2:contains(Breakdown)")).isNotEmpty();
        assertThat(page.select("svg[role=img]")).hasSize(2);
        assertThat(page.text()).contains("Placed within the borough", "In care for less than a year");
        assertThat(page.select("#warnings + p").text()).isEqualTo("The figures pass every check.");
    }

    @Test
    @DisplayName("should show linked indicators on the action and recommendation pages")
    void showsLinksOnPlanPages() throws Exception {
        Action action = actions.findAll().stream().filter(a -> a.getReference().equals("3.1")).findFirst().orElseThrow();

        Document actionPage = page(get("/actions/" + action.getId()).with(VIEWER));
        assertThat(actionPage.select("#linked-indicators-heading").text()).isEqualTo("Indicators that measure the outcomes");
        assertThat(actionPage.select(".app-linked-indicators").text()).contains("LAC 1", "Off target");
        Document recPage = page(get("/plans/" + action.getRecommendation().getPlan().getId() + "/recommendations/"
                + action.getRecommendation().getId()).with(VIEWER));
        assertThat(recPage.select(".app-linked-indicators").text()).contains("LAC 1");
    }

    @Test
    @DisplayName("should give each indicator linked to a plan's actions its own latest figure, period, standing and change")
    void eachLinkedIndicatorItsOwnLatestFigure() {
        java.util.List<Long> everyAction = actions.findAll().stream().map(Action::getId).toList();
        java.util.List<LinkedIndicator> linked = links.forActions(everyAction);

        assertThat(linked).as("the demo links several indicators to its actions").hasSizeGreaterThan(2);
        for (LinkedIndicator shown : linked) {
            Indicator indicator = indicators.findById(shown.id()).orElseThrow();
            java.util.List<IndicatorValue> series = values.findByIndicatorOrderByPeriodEnd(indicator);
            IndicatorValue latest = series.get(series.size() - 1);
            assertThat(shown.latest()).as(shown.code())
                    .isEqualTo(FigureText.of(indicator.getUnit(), latest.getValue()) + " in " + latest.getPeriod());
            assertThat(shown.status()).as(shown.code()).isEqualTo(Standing.of(latest, series).status());
            assertThat(shown.trend()).as(shown.code()).isEqualTo(Standing.of(latest, series).sincePrevious());
        }
    }

    @Test
    @DisplayName("should accept a warning only with a reason, and then stop raising it")
    void acceptsWarningWithReason() throws Exception {
        IndicatorValue misstated = values.findByIndicatorOrderByPeriodEnd(lac1()).get(9);
        String url = "/indicators/values/" + misstated.getId() + "/accept";

        mvc.perform(post(url).param("code", "PERCENT_MISMATCH").with(NHS_LEAD).with(csrf()))
                .andExpect(redirectedUrl("/indicators/" + lac1().getId() + "#warnings"));
        mvc.perform(post(url).param("code", "PERCENT_MISMATCH").param("reason", "Published before two late returns were counted")
                .with(NHS_LEAD).with(csrf())).andExpect(redirectedUrl("/indicators/" + lac1().getId()));

        Document page = page(get("/indicators/" + lac1().getId()).with(VIEWER));
        assertThat(page.select("#warnings + p").text()).isEqualTo("The figures pass every check.");
        assertThat(page.text()).contains("PERCENT_MISMATCH accepted by nhslead: Published before two late returns were counted");
    }

    @Test
    @DisplayName("should correct a value keeping the old figures with who and why, and refuse a viewer")
    void correctsValue() throws Exception {
        IndicatorValue misstated = values.findByIndicatorOrderByPeriodEnd(lac1()).get(9);
        String url = "/indicators/values/" + misstated.getId() + "/correct";
        mvc.perform(get(url).with(VIEWER)).andExpect(status().isForbidden());

        Document empty = Jsoup.parse(mvc.perform(post(url).param("value", "").with(MANAGER).with(csrf()))
                .andReturn().getResponse().getContentAsString());
        assertThat(empty.title()).startsWith("Error: ");
        assertThat(empty.select(".govuk-error-summary").text()).contains("Enter the value as published", "Say why");

        mvc.perform(post(url).param("numerator", "31").param("denominator", "44").param("value", "70.5").param("target", "90")
                .param("reason", "Published figure did not match the counts").with(MANAGER).with(csrf()))
                .andExpect(redirectedUrl("/indicators/" + lac1().getId()));
        IndicatorValue corrected = values.findById(misstated.getId()).orElseThrow();
        assertThat(corrected.getValue()).isEqualByComparingTo("70.5");
        assertThat(corrected.getCorrections()).singleElement().satisfies(c -> {
            assertThat(c.getPreviousValue()).isEqualByComparingTo("75.0");
            assertThat(c.getCorrectedBy()).isEqualTo("manager");
            assertThat(c.getReason()).isEqualTo("Published figure did not match the counts");
        });
    }

    @Test
    @DisplayName("should let an owner enter a quarter's figures for the indicators they own, and show the warnings")
    void entersQuarter() throws Exception {
        Document form = page(get("/indicators/enter").with(NHS_LEAD));
        assertThat(form.select("legend").eachText()).allMatch(t -> t.startsWith("LAC ")).anyMatch(t -> t.startsWith("LAC 1"));
        String index = form.select("input[type=hidden][value=" + lac1().getId() + "]").attr("name").replaceAll("\\D", "");

        mvc.perform(post("/indicators/enter").param("period", "2040/41 Q1")
                .param("figures[" + index + "].indicatorId", lac1().getId().toString())
                .param("figures[" + index + "].numerator", "40").param("figures[" + index + "].denominator", "50")
                .param("figures[" + index + "].value", "90").with(NHS_LEAD).with(csrf()))
                .andExpect(redirectedUrl("/indicators"));

        assertThat(values.findByIndicatorAndPeriod(lac1(), ReportingPeriod.parse("2040/41 Q1"))).get()
                .satisfies(v -> assertThat(v.getEnteredBy()).isEqualTo("nhslead"));
    }

    @Test
    @DisplayName("should answer a file that is not what its name says, or a figure too large to keep, with a clear form error")
    void refusesUnreadableFilesInWords() throws Exception {
        byte[] noise = new byte[3000];
        new java.util.Random(14).nextBytes(noise);
        for (byte[] notAWorkbook : java.util.List.of(noise, "' OR '1'='1'; --".getBytes(StandardCharsets.UTF_8))) {
            String page = mvc.perform(multipart("/indicators/import").file(new MockMultipartFile("file", "figures.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", notAWorkbook)).with(MANAGER).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(page).select(".govuk-error-summary").text()).contains("The file cannot be imported")
                    .containsAnyOf("could not be read as an Excel workbook", "is not an Excel workbook that can be read");
        }

        String csv = String.join(",", IndicatorRow.COLUMNS) + "\n"
                + "NEW 2,New measure,count,none,2040/41 Q1,,,99999999999999999999,,,,,,\n";
        String tooLarge = mvc.perform(multipart("/indicators/import").file(new MockMultipartFile("file", "values.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(MANAGER).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(tooLarge).text()).contains("is too large: figures must be between -99,999,999,999 and 99,999,999,999");
    }

    @Test
    @DisplayName("should preview an upload with its warnings, save nothing, then import on confirmation")
    void importsWithPreview() throws Exception {
        String csv = String.join(",", IndicatorRow.COLUMNS) + "\n"
                + "NEW 1,New measure,percent,higher,2040/41 Q1,10,40,30.0,,,,,,\n";
        var upload = mvc.perform(multipart("/indicators/import").file(new MockMultipartFile("file", "values.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(MANAGER).with(csrf())).andExpect(status().isOk()).andReturn();
        Document preview = Jsoup.parse(upload.getResponse().getContentAsString());

        assertThat(preview.select("h1").text()).isEqualTo("Check the values before they are saved");
        assertThat(preview.text()).contains("PERCENT_MISMATCH", "MISSING_COMMENTARY", "25%");
        assertThat(indicators.findByCodeWithin("NEW 1", null)).isEmpty();

        String token = preview.select("input[name=token]").val();
        var confirm = post("/indicators/import/confirm").param("token", token).with(MANAGER).with(csrf());
        // The pending rows wait in the session: the database session's cookie, or the mock session without one.
        if (upload.getResponse().getCookies().length > 0) {
            confirm.cookie(upload.getResponse().getCookies());
        } else {
            confirm.session((MockHttpSession) upload.getRequest().getSession());
        }
        mvc.perform(confirm).andExpect(redirectedUrl("/indicators"));
        assertThat(indicators.findByCodeWithin("NEW 1", null)).isPresent();
    }

    @Test
    @DisplayName("should export the indicator set as CSV and Excel")
    void exports() throws Exception {
        String csv = mvc.perform(get("/indicators/export.csv").param("code", "LAC 1").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", IndicatorRow.ALL_COLUMNS))
                .startsWith(String.join(",", IndicatorRow.COLUMNS) + ",");
        assertThat(csv.lines().count()).isEqualTo(13);
        byte[] xlsx = mvc.perform(get("/indicators/export.xlsx").with(VIEWER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(IndicatorWorkbook.read(new java.io.ByteArrayInputStream(xlsx)).rows()).hasSize((int) values.count());
    }
}
