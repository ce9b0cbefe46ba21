package org.oversight.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.indicator.FigureText;
import org.oversight.indicator.Indicator;
import org.oversight.indicator.IndicatorRepository;
import org.oversight.indicator.IndicatorValue;
import org.oversight.indicator.IndicatorValueRepository;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanRepository;
import org.oversight.reporting.ComparisonRow;
import org.oversight.reporting.PackRequest;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPacks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A board report pack asked to compare the plan's indicators with other councils holds each
 * linked indicator's figure beside the council's statistical neighbours with its rank; one not
 * asked holds none of it.
 */
@OversightTest
@Transactional
class PackComparisonsTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ReportPacks packs;
    @Autowired
    PlanRepository plans;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    IndicatorRepository indicators;
    @Autowired
    IndicatorValueRepository values;
    @Autowired
    JdbcTemplate jdbc;
    ActionPlan plan;
    long kingsmead;
    IndicatorValue latest;
    BigDecimal ashcombe;
    BigDecimal eastmarsh;

    @BeforeEach
    void kingsmeadsPlanWithLac1AndItsNeighbours() {
        long kingsmead = organisations.findByName("Kingsmead Borough Council").orElseThrow().getId();
        plan = plans.findByOwner_IdAndArchivedFalseOrderByTitle(kingsmead).stream()
                .filter(p -> !p.actions().isEmpty()).findFirst().orElseThrow();
        Indicator lac1 = indicators.findByCodeWithin("LAC 1", kingsmead).orElseThrow();
        lac1.linkAction(plan.actions().get(0).getId());
        indicators.saveAndFlush(lac1);
        List<IndicatorValue> all = values.findByIndicatorOrderByPeriodEnd(lac1);
        latest = all.get(all.size() - 1);
        ashcombe = latest.getValue().add(BigDecimal.TEN);
        eastmarsh = latest.getValue().subtract(BigDecimal.ONE);
        jdbc.update("delete from comparator_figure");
        figure("902", "Ashcombe", ashcombe);
        figure("904", "Eastmarsh", eastmarsh);
        figure("905", "Harrowdene", latest.getValue().add(BigDecimal.ONE));
        this.kingsmead = kingsmead;
    }

    private void neighbours() throws Exception {
        mvc.perform(post("/sharing/neighbours").with(Sharers.councilPerson("manager", "PLAN_MANAGER", kingsmead))
                .with(csrf()).param("laCode", "901").param("neighbours", "902\n904"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    @DisplayName("should put the neighbours' figures and the council's rank in the pack asked to compare, in HTML too, and nothing of it otherwise")
    void comparisonsOnlyWhenAsked() throws Exception {
        neighbours();
        PackRequest plain = new PackRequest("Corporate Parenting Panel", null, latest.getPeriod().end(), "x", false);
        ReportPack without = packs.prepare(plan.getId(), plain).orElseThrow();
        assertThat(without.comparisons()).isEmpty();

        ReportPack with = packs.prepare(plan.getId(), plain.comparing()).orElseThrow();
        ComparisonRow lac1 = with.comparisons().stream().filter(r -> r.code().equals("LAC 1")).findFirst().orElseThrow();
        assertThat(lac1.period()).isEqualTo(latest.getPeriod().toString());
        assertThat(lac1.lines()).extracting(ComparisonRow.Line::comparator)
                .contains("Statistical neighbour: Ashcombe", "Statistical neighbour: Eastmarsh");
        assertThat(lac1.lines()).contains(new ComparisonRow.Line("Statistical neighbour: Ashcombe",
                FigureText.of(latest.getIndicator().getUnit(), ashcombe)));
        assertThat(lac1.position()).startsWith("Ranked 3 of 4 councils with a figure (quartile 3")
                .contains("2 of 3 among the council and its statistical neighbours");

        Document withHtml = draft(true);
        assertThat(withHtml.select("#comparisons caption").eachText()).anySatisfy(c -> assertThat(c).startsWith("LAC 1"));
        assertThat(withHtml.select("#comparisons").text()).contains("Statistical neighbour: Eastmarsh", "Ranked 3 of 4");
        Document withoutHtml = draft(false);
        assertThat(withoutHtml.select("#comparisons")).isEmpty();
        assertThat(withoutHtml.text()).doesNotContain("Statistical neighbour: Ashcombe", "Ranked 3 of 4");
    }

    private Document draft(boolean comparisons) throws Exception {
        var request = get("/plans/{id}/reports/draft", plan.getId()).param("board", "Corporate Parenting Panel")
                .param("asAt", latest.getPeriod().end().toString()).param("fileFormat", "html")
                .with(user("manager").roles("PLAN_MANAGER"));
        if (comparisons) {
            request.param("comparisons", "true");
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void figure(String laCode, String name, BigDecimal value) {
        jdbc.update("insert into comparator_figure (la_code, la_name, indicator_code, period, figure, imported_by, imported_at)"
                + " values (?, ?, 'LAC 1', ?, ?, 'test', current_timestamp)",
                laCode, name, latest.getPeriod().toString(), value);
    }
}
