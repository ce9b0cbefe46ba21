package org.oversight.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.importing.formats.Reading.read;
import static org.oversight.importing.formats.Reading.row;
import static org.oversight.importing.formats.Reading.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.importing.SourceDocument;
import org.oversight.importing.SourceTable;
import org.oversight.importing.SourceText;

class DocxReaderTest {
    private final DocxReader reader = new DocxReader(FormatLimits.defaults());
    private final SourceDocument document = read(reader, WordFixtures.mergedPlan(), "plan.docx");

    @Test
    void findsHeadingsInWordStylesAndShortBoldLinesBetweenTheTables() {
        List<SourceText> texts = document.blocks().stream().filter(SourceText.class::isInstance)
                .map(SourceText.class::cast).toList();
        assertThat(texts).extracting(SourceText::headingLevel).containsExactly(1, 0, 2, 9, 2, 0);
        assertThat(texts.get(2).text()).isEqualTo("Workstream 1: The front door");
        assertThat(document.blocks().get(4)).isInstanceOf(SourceTable.class);
        assertThat(document.tables()).extracting(SourceTable::location).containsExactly("table 1", "table 2");
    }

    @Test
    void marksCellsMergedDownAndCarriesTheRecommendationText() {
        SourceTable table = document.tables().get(0);
        assertThat(row(table, 2).cells().get(1).continuesAbove()).isFalse();
        for (int number = 3; number <= 4; number++) {
            assertThat(row(table, number).cells().get(1).continuesAbove()).isTrue();
            assertThat(row(table, number).cells().get(1).text())
                    .isEqualTo("Strengthen management oversight of contacts and referrals.");
            assertThat(row(table, number).cells().get(0).text()).isEqualTo("1");
        }
        assertThat(row(table, 6).cells().get(1).continuesAbove()).isFalse();
    }

    @Test
    void keepsEachParagraphOfACell() {
        assertThat(row(document.tables().get(0), 2).cells().get(2).paragraphs()).containsExactly(
                "1.1 Audit forty contacts every month.", "Outcome: leaders know how good front door decisions are.");
    }

    @Test
    void keepsTheHeaderRowTypedAgainAfterThePageBreakAsAnOrdinaryRow() {
        SourceTable table = document.tables().get(0);
        assertThat(texts(row(table, 5))).isEqualTo(texts(row(table, 1))).isEqualTo(WordFixtures.HEADER);
    }

    @Test
    void padsACellSpanningColumnsAndFlattensANestedTable() {
        SourceTable table = document.tables().get(1);
        assertThat(texts(row(table, 2))).containsExactly("Phase two", "", "", "", "");
        assertThat(row(table, 3).cells().get(2).paragraphs())
                .containsExactly("3.1 Review each care plan with the child.", "Milestone | Date", "Half reviewed | 31/07/2026");
    }
}
