package org.oversight.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.CurrentUser;
import org.oversight.account.Role;
import org.oversight.indicator.Figures;
import org.oversight.indicator.Indicator;
import org.oversight.indicator.IndicatorRepository;
import org.oversight.indicator.IndicatorValue;
import org.oversight.indicator.IndicatorValueRepository;
import org.oversight.plan.OrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kingsmead's figure beside its statistical neighbours, the region and England, with its rank and
 * quartile; published figures imported all or nothing; the neighbours list edited by the council.
 */
@OversightTest
@Transactional
class ComparisonTest {
    private static final CurrentUser INSTANCE_MANAGER = new CurrentUser("manager", "Plan Manager", Role.PLAN_MANAGER, null);
    @Autowired
    MockMvc mvc;
    @Autowired
    IndicatorRepository indicators;
    @Autowired
    IndicatorValueRepository values;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Sharing sharing;
    @Autowired
    IndicatorComparison comparison;
    Indicator lac1;
    IndicatorValue latest;
    long kingsmead;

    @BeforeEach
    void kingsmeadsLatestFigure() {
        kingsmead = organisations.findByName("Kingsmead Borough Council").orElseThrow().getId();
        lac1 = indicators.findByCodeWithin("LAC 1", kingsmead).orElseThrow();
        List<IndicatorValue> all = values.findByIndicatorOrderByPeriodEnd(lac1);
        latest = all.get(all.size() - 1);
    }

    @Test
    @DisplayName("should rank Kingsmead among every council with a figure, higher being better, and place it among its neighbours")
    void ranksAndQuartile() throws Exception {
        jdbc.update("delete from comparator_figure");
        BigDecimal own = latest.getValue();
        importFile(csv(List.of("902,Ashcombe," + own.add(BigDecimal.TEN), "903,Brookfield," + own.add(BigDecimal.ONE),
                "904,Eastmarsh," + own.subtract(BigDecimal.ONE), "905,Harrowdene," + own.subtract(BigDecimal.TEN),
                "E92000001,England,70.5")), false);
        mvc.perform(post("/sharing/neighbours").with(manager()).with(csrf()).param("laCode", "901")
                .param("neighbours", "902\n904")).andExpect(status().is3xxRedirection());

        Document page = compared();
        assertThat(page.selectFirst("#polarity").text()).isEqualTo("Higher is better");
        assertThat(page.selectFirst("#position").text())
                .contains("Ranked 3 of 5 councils with a figure (quartile 3", "2 of 3 among the council and its statistical neighbours");
        assertThat(page.select("tr.neighbour")).extracting(e -> e.text()).containsExactly(
                "Statistical neighbour: Ashcombe " + own.add(BigDecimal.TEN).toPlainString(),
                "Statistical neighbour: Eastmarsh " + own.subtract(BigDecimal.ONE).toPlainString());
        assertThat(page.selectFirst("#row-england").text()).contains("70.5");
    }

    @Test
    @DisplayName("should refuse an LA code that is not letters and digits, in words on the form, and keep the codes held")
    void refusesAMalformedLaCode() throws Exception {
        mvc.perform(post("/sharing/neighbours").with(manager()).with(csrf()).param("laCode", "901")
                .param("neighbours", "902")).andExpect(status().is3xxRedirection());
        String held = jdbc.queryForObject("select count(*) from council_code", Integer.class) + " "
                + jdbc.queryForList("select la_code from council_code order by la_code", String.class);

        for (String[] codes : new String[][] {{"<script>alert(1)</script>", "902"}, {"x".repeat(5000), ""}, {"901", "902, 9;04"}}) {
            String page = mvc.perform(post("/sharing/neighbours").with(manager()).with(csrf()).param("laCode", codes[0])
                    .param("neighbours", codes[1])).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("govuk-error-summary", "LA codes are letters and digits only");
        }
        assertThat(jdbc.queryForObject("select count(*) from council_code", Integer.class) + " "
                + jdbc.queryForList("select la_code from council_code order by la_code", String.class)).isEqualTo(held);
    }

    @Test
    @DisplayName("should set beside Kingsmead's figure those of the group's councils sharing the code, once each, and rank among them")
    void groupCouncilsSharingTheCode() throws Exception {
        jdbc.update("delete from comparator_figure");
        BigDecimal own = latest.getValue();
        long ashcombe = council("Ashcombe Borough Council");
        long brookfield = council("Brookfield City Council");
        long eastmarsh = council("Eastmarsh County Council");
        long harrowdene = council("Harrowdene Borough Council");
        figureOf(ashcombe, own.add(BigDecimal.TEN));
        figureOf(brookfield, own.subtract(BigDecimal.ONE));
        figureOf(eastmarsh, own.add(BigDecimal.ONE));
        figureOf(harrowdene, own.add(BigDecimal.TEN));
        long region = group("Vale and Downs region");
        long national = group("National");
        sharing.shareIndicators(ashcombe, List.of("LAC 1"), region, INSTANCE_MANAGER);
        sharing.shareIndicators(ashcombe, List.of(), national, INSTANCE_MANAGER);
        sharing.shareIndicators(brookfield, List.of(), region, INSTANCE_MANAGER);
        sharing.shareIndicators(eastmarsh, List.of("LAC 2"), region, INSTANCE_MANAGER);

        Comparison compared = comparison.compare(lac1, latest.getPeriod(), kingsmead);

        assertThat(compared.groupCouncils()).extracting(Comparison.Line::name, l -> l.figure().toPlainString())
                .as("Eastmarsh shares another code and Harrowdene nothing; Ashcombe once though it shares twice")
                .containsExactly(tuple("Ashcombe Borough Council", own.add(BigDecimal.TEN).toPlainString()),
                        tuple("Brookfield City Council", own.subtract(BigDecimal.ONE).toPlainString()));
        assertThat(compared.rank()).isEqualTo(2);
        assertThat(compared.ranked()).isEqualTo(3);
        assertThat(compared.quartile()).isEqualTo(3);
        assertThat(compared().select("tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Ashcombe Borough Council", own.add(BigDecimal.TEN).toPlainString()))
                .anySatisfy(row -> assertThat(row).contains("Brookfield City Council", own.subtract(BigDecimal.ONE).toPlainString()))
                .noneSatisfy(row -> assertThat(row).contains("Harrowdene Borough Council"));
    }

    private long council(String name) {
        return organisations.findByName(name).orElseThrow().getId();
    }

    private long group(String name) {
        return jdbc.queryForObject("select id from sharing_group where name = ?", Long.class, name);
    }

    private void figureOf(long council, BigDecimal figure) {
        Indicator theirs = indicators.save(new Indicator("LAC 1", lac1.getTitle(), lac1.getUnit(), lac1.getPolarity())
                .belongTo(council));
        values.save(new IndicatorValue(theirs, latest.getPeriod(), Figures.of(figure), "test", Instant.parse("2026-01-20T10:00:00Z")));
    }

    @Test
    @DisplayName("should import nothing from a file with an error, and say which row and cell")
    void allOrNothing() throws Exception {
        jdbc.update("delete from comparator_figure");
        String bad = csv(List.of("902,Ashcombe,60.0", "903,Brookfield,sixty"));
        Document page = Jsoup.parse(importFile(bad, false));
        assertThat(page.select(".import-error")).extracting(e -> e.text()).containsExactly("Row 3, value: \"sixty\" is not a number");
        assertThat(jdbc.queryForObject("select count(*) from comparator_figure where la_code = '902' and period = ?",
                Integer.class, latest.getPeriod().toString())).isZero();
    }

    @Test
    @DisplayName("should warn when a file restates a figure already held, and keep the new one")
    void restated() throws Exception {
        jdbc.update("delete from comparator_figure");
        importFile(csv(List.of("902,Ashcombe,60.0")), false);
        Document page = Jsoup.parse(importFile(csv(List.of("902,Ashcombe,61.5")), false));
        assertThat(page.select(".import-warning").text()).contains("Row 2, value", "was 60", "becomes 61.5");
        assertThat(jdbc.queryForObject("select figure from comparator_figure where la_code = '902' and period = ?",
                BigDecimal.class, latest.getPeriod().toString())).isEqualByComparingTo("61.5");
    }

    @Test
    @DisplayName("should show the indicator compared with the demo's sample figures to the council's viewer, and nothing to the adviser")
    void demoComparison() throws Exception {
        Document page = compared();
        assertThat(page.select("tr.neighbour")).isNotEmpty();
        assertThat(page.selectFirst("#row-region").text()).contains("Vale and Downs region", "70.7");
        long region = jdbc.queryForObject("select id from sharing_group where name = 'Vale and Downs region'", Long.class);
        // Kingsmead's indicator reaches the region's adviser only once Kingsmead shares it with the region
        mvc.perform(get("/indicators/{id}/compared", lac1.getId()).with(Sharers.adviserOf(region)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sharing/indicators").with(manager()).with(csrf()).param("codes", "LAC 1")
                .param("group", String.valueOf(region))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/indicators/{id}/compared", lac1.getId()).with(Sharers.adviserOf(region)))
                .andExpect(status().isOk());
        mvc.perform(get("/sharing/neighbours").with(Sharers.adviserOf(region))).andExpect(status().isForbidden());
    }

    private Document compared() throws Exception {
        return Jsoup.parse(mvc.perform(get("/indicators/{id}/compared", lac1.getId())
                .with(Sharers.councilPerson("viewer", "VIEWER", kingsmead))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private String csv(List<String> rows) {
        StringBuilder text = new StringBuilder("LA code,LA name,indicator,period,value\n");
        rows.forEach(r -> {
            String[] cells = r.split(",");
            text.append(cells[0]).append(',').append(cells[1]).append(",LAC 1,").append(latest.getPeriod()).append(',')
                    .append(cells[2]).append('\n');
        });
        return text.toString();
    }

    private String importFile(String csv, boolean dryRun) throws Exception {
        var request = multipart("/sharing/comparators").file(new MockMultipartFile("file", "figures.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(manager()).with(csrf());
        if (dryRun) {
            request.param("dryRun", "true");
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor manager() {
        return Sharers.councilPerson("manager", "PLAN_MANAGER", kingsmead);
    }
}
