package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.plan.ActionRepository;
import org.oversight.reporting.IndicatorRow;
import org.oversight.reporting.PackRequest;
import org.oversight.reporting.ReportFormat;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPacks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The demo plan's report pack carries the indicators linked to its actions. */
@OversightTest
@Transactional
class ReportIndicatorsTest {
    @Autowired ReportPacks packs;
    @Autowired IndicatorRepository indicators;
    @Autowired ActionRepository actions;
    @Autowired IndicatorValueRepository values;
    @Autowired jakarta.persistence.EntityManager entities;

    private long demoPlan() {
        long actionId = DemoIndicator.coded(indicators, "LAC 1").orElseThrow().getLinkedActions().iterator().next();
        return actions.findById(actionId).orElseThrow().getRecommendation().getPlan().getId();
    }

    private ReportPack pack() {
        return packs.prepare(demoPlan(), new PackRequest("Corporate Parenting Panel", null, LocalDate.now(), "Test", false))
                .orElseThrow();
    }

    @Test
    @DisplayName("should give the pack each linked indicator's latest value, target, comparators, direction, commentary and trend")
    void fillsTheRows() {
        IndicatorRow lac1 = pack().indicators().stream().filter(r -> r.code().equals("LAC 1")).findFirst().orElseThrow();

        assertThat(lac1.title()).isEqualTo(DemoIndicator.coded(indicators, "LAC 1").orElseThrow().getTitle());
        assertThat(lac1.latestValue()).endsWith("%");
        assertThat(lac1.comparators()).contains("England", "statistical neighbours");
        assertThat(lac1.direction()).isEqualTo("Higher is better");
        assertThat(lac1.trendSvg()).startsWith("<svg").contains("<polyline").doesNotContain("<text");
        assertThat(lac1.trendAlt()).startsWith("Trend over ").contains("%");
    }

    @Test
    @DisplayName("should give the pack the latest value's other comparators, in their order, as stored")
    void givesOtherComparators() {
        Indicator lac1 = DemoIndicator.coded(indicators, "LAC 1").orElseThrow();
        values.save(new IndicatorValue(lac1, ReportingPeriod.parse(LocalDate.now().minusDays(1).toString()),
                new Figures(null, null, new BigDecimal("71.5"), null, null, null, List.of(new OtherComparator("Region",
                        new BigDecimal("63.2")), new OtherComparator("Core cities", new BigDecimal("60"))), null), "m", Instant.now()));
        entities.flush();
        entities.clear();

        IndicatorRow row = pack().indicators().stream().filter(r -> r.code().equals("LAC 1")).findFirst().orElseThrow();

        assertThat(row.comparators()).containsSubsequence("Region 63.2", "Core cities 60");
    }

    @Test
    @DisplayName("should show the linked indicators in the HTML and Excel packs")
    void showsThemInThePack() throws Exception {
        ReportPack pack = pack();
        Document html = Jsoup.parse(new String(packs.render(pack, ReportFormat.HTML), StandardCharsets.UTF_8));
        assertThat(html.select("#indicators table.indicators th[scope=row]").text()).contains("LAC 1");
        assertThat(html.select("#indicators svg[role=img]")).isNotEmpty();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(packs.render(pack, ReportFormat.XLSX)))) {
            Sheet sheet = book.getSheet("Indicators");
            StringBuilder text = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text).contains("LAC 1", "Higher is better");
        }
    }

    @Test
    @DisplayName("should leave out values for periods that end after the pack's date")
    void respectsTheDate() {
        assertThat(packs.prepare(demoPlan(), new PackRequest("Panel", null, LocalDate.of(2000, 1, 1), "Test", false))
                .orElseThrow().indicators()).allSatisfy(r -> assertThat(r.latestValue()).isEqualTo("No value"));
    }
}
