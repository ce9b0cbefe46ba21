package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.plan.PlanExchange.*;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The plan as an Excel workbook, read back as a person opening it would see it. */
@OversightTest
@Transactional
class PlanWorkbookTest {
    @Autowired MockMvc mvc;
    @Autowired PlanRepository plans;
    @Autowired OrganisationRepository organisations;

    @Test
    void labelsAndColoursEachRagCellAndFreezesTheFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = open(PlanWorkbook.of(aPlan("Meet the board monthly")))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Plan");
            assertThat(workbook.getSheet("Plan").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Safer children plan");
            XSSFSheet actions = workbook.getSheet("Actions");
            assertThat(texts(actions.getRow(0))).isEqualTo(PlanWorkbook.ACTION_HEADINGS);
            Cell rag = actions.getRow(1).getCell(11);
            assertThat(rag.getStringCellValue()).isEqualTo("\u25B2 Red");
            assertThat(((XSSFCellStyle) rag.getCellStyle()).getFillForegroundColorColor().getARGBHex()).endsWith("D4351C");
            assertThat(actions.getPaneInformation().isFreezePane()).isTrue();
            assertThat(actions.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O2");
            assertThat(actions.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(actions.getRow(1).getCell(9).getStringCellValue()).isEqualTo("30/09/2026");
            XSSFSheet progress = workbook.getSheet("Progress");
            assertThat(texts(progress.getRow(1))).containsExactly("3", "3.1", "01/07/2026", "\u25B2 Red", "IN_PROGRESS",
                    "manager", "Two audits done; behind plan");
        }
    }

    @Test
    void keepsTextThatLooksLikeAFormulaAsText() throws IOException {
        try (XSSFWorkbook workbook = open(PlanWorkbook.of(aPlan("=HYPERLINK(\"http://example.org\",\"click\")")))) {
            Cell description = workbook.getSheet("Actions").getRow(1).getCell(2);
            assertThat(description.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(description.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheet("Actions").getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void offersTheWorkbookCsvAndJsonToWhoeverMayReadThePlan() throws Exception {
        ActionPlan published = plans.findByPublishedTrueAndArchivedFalseOrderByTitle().get(0);
        byte[] xlsx = mvc.perform(get("/plans/" + published.getId() + "/export.xlsx")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"plan-" + published.getId() + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = open(xlsx)) {
            assertThat(workbook.getSheet("Actions").getLastRowNum()).isPositive();
        }
        mvc.perform(get("/plans/" + published.getId() + "/export.csv")).andExpect(status().isOk());
        mvc.perform(get("/plans/" + published.getId() + "/export.json")).andExpect(status().isOk());
        ActionPlan draft = plans.save(new ActionPlan("Draft plan not yet agreed", organisations.findAll().get(0),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        mvc.perform(get("/plans/" + draft.getId() + "/export.xlsx")).andExpect(status().isNotFound());
    }

    static PlanExchange aPlan(String description) {
        ActionEntry action = new ActionEntry(null, "3.1", description, List.of("Board sees audit results"),
                List.of("Head of Quality"), "HIGH", LocalDate.of(2026, 4, 1),
                new TimescaleEntry("By end of September 2026", "BY_DATE", LocalDate.of(2026, 9, 30), null), List.of(),
                null, "RED", "IN_PROGRESS", null, List.of(),
                List.of(new ProgressEntry(LocalDate.of(2026, 7, 1), "Two audits done; behind plan", "RED", "manager", "IN_PROGRESS")));
        return new PlanExchange(new PlanHeader(null, "Safer children plan", "Inspection", "Northshire Council",
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), LocalDate.of(2026, 7, 1)), List.of(),
                List.of(new RecommendationEntry(null, "3", "Audit case work", null, null, null, "OURS", List.of(action))),
                List.of());
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
