package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Reading minutes in different clerks' styles")
class MinuteStylesTest {

    @Nested
    @DisplayName("a panel's minutes with numbered-dot minutes, run-in decisions and an exclusion of the press and public")
    class PanelStyle {
        final ReadMinutes minutes = MinutesReader.read(MinuteFixtures.panelWithExclusion());

        @Test
        @DisplayName("should read minute numbers ending in a full stop and the attendance block")
        void readsNumbersAndAttendance() {
            assertThat(minutes.board()).isEqualTo("Corporate Parenting Panel");
            assertThat(minutes.date()).isEqualTo(LocalDate.of(2017, 3, 14));
            assertThat(minutes.items()).extracting(ReadMinutes.Item::number)
                    .containsExactly("CPP/17/21.", "CPP/17/22.", "CPP/17/23.", "CPP/17/24.", "CPP/17/25.");
            assertThat(minutes.present()).containsExactly("Cllr R Hale (Chair)", "Cllr P Oduya", "M Grant");
            assertThat(minutes.apologies()).containsExactly("Cllr L Fenwick");
            assertThat(minutes.officers()).containsExactly("Head of Looked After Children", "Virtual School Head");
        }

        @Test
        @DisplayName("should split a heading that runs into its decision word")
        void splitsRunInHeadings() {
            ReadMinutes.Item item = minutes.items().get(0);
            assertThat(item.title()).isEqualTo("Minutes of the last meeting");
            assertThat(item.decisions()).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DecisionKind.RESOLVED);
                assertThat(d.text()).isEqualTo("that the minutes of 10 January 2017 be agreed.");
            });
        }

        @Test
        @DisplayName("should mark every item after the exclusion exempt with its Schedule 12A paragraph")
        void marksExemptItems() {
            assertThat(minutes.items()).extracting(ReadMinutes.Item::exempt).containsExactly(false, false, false, true, true);
            assertThat(minutes.items().get(3).exemptParagraph()).isEqualTo("1");
        }

        @Test
        @DisplayName("should read points numbered 1. and a) and make follow-ups of the asks, exempt ones marked")
        void readsPointsAndFollowUps() {
            assertThat(minutes.items().get(1).decisions().get(0).points()).containsExactly(
                    "that the virtual school head circulate the attainment figures for children in care to all members;",
                    "that the panel's congratulations be sent to the young people who achieved awards.");
            List<MinuteAsks.Ask> asks = MinuteAsks.followUps(minutes);
            assertThat(asks).extracting(MinuteAsks.Ask::minuteNumber, MinuteAsks.Ask::exempt).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("CPP/17/22.", false), org.assertj.core.groups.Tuple.tuple("CPP/17/22.", false),
                    org.assertj.core.groups.Tuple.tuple("CPP/17/24.", true));
            assertThat(asks.get(2).dueNote()).isEqualTo("the June meeting");
        }
    }

    @Nested
    @DisplayName("a board's minutes with 'Minute 7' numbers, title-case decisions and roman numerals")
    class BoardStyle {
        final ReadMinutes minutes = MinutesReader.read(MinuteFixtures.partnershipBoard());

        @Test
        @DisplayName("should read the items, italic decisions and points numbered (i)")
        void readsItems() {
            assertThat(minutes.items()).extracting(ReadMinutes.Item::number).containsExactly("7", "8");
            ReadMinutes.ReadDecision decision = minutes.items().get(1).decisions().get(0);
            assertThat(decision.kind()).isEqualTo(DecisionKind.RECOMMENDED);
            assertThat(decision.points()).containsExactly("that partners adopt the revised escalation protocol;",
                    "that the protocol be reviewed after six months.");
            assertThat(minutes.items().get(0).decisions()).extracting(ReadMinutes.ReadDecision::kind).containsExactly(DecisionKind.NOTED);
            assertThat(minutes.startedAt()).hasToString("14:00");
        }
    }

    @Test
    @DisplayName("should not take a resolution that the press and public need not be excluded for an exclusion")
    void resolutionNotToExclude() {
        ReadMinutes minutes = MinutesReader.read("""
                At a meeting of the Schools Forum held at the Guildhall on 3 March 2026.

                SF/26/1 Exclusion of the Press and Public
                RESOLVED that the press and public not be excluded, as the appendix would not be discussed.

                SF/26/2 Academy Conversions
                NOTED the conversions planned for September.
                """);

        assertThat(minutes.items()).extracting(ReadMinutes.Item::title, ReadMinutes.Item::exempt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Exclusion of the Press and Public", false),
                org.assertj.core.groups.Tuple.tuple("Academy Conversions", false));
        assertThat(minutes.warnings()).isEmpty();
    }

    @Test
    @DisplayName("should find no items in a letter, and warn that it names no board or date")
    void findsNothingInALetter() {
        ReadMinutes minutes = MinutesReader.read("Dear Councillor,\n\nPlease find the papers for the meeting attached.\n\nYours sincerely\n");

        assertThat(minutes.items()).isEmpty();
        assertThat(minutes.warnings()).extracting(ReadMinutes.Warning::code).containsExactly("NO_BOARD_NAMED", "NO_MEETING_DATE");
    }

    @Test
    @DisplayName("should leave a start or end time that is no time of day unread rather than fail")
    void impossibleTimes() {
        ReadMinutes minutes = MinutesReader.read(MinuteFixtures.partnershipBoard().replace("3.40 p.m.", "3.75 p.m."));

        assertThat(minutes.startedAt()).hasToString("14:00");
        assertThat(minutes.finishedAt()).isNull();
        assertThat(minutes.items()).hasSize(2);
    }

    @Test
    @DisplayName("should read a Word document whose decision words are bold and whose points are typed")
    void readsWord() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : MinuteFixtures.panelWithExclusion().split("\n")) {
                XWPFRun run = document.createParagraph().createRun();
                run.setBold(line.startsWith("RESOLVED") || line.startsWith("CPP"));
                run.setText(line);
            }
            document.write(out);
            docx = out.toByteArray();
        }
        ReadMinutes minutes = MinutesReader.read(MinutesDocx.text(new ByteArrayInputStream(docx)));
        assertThat(minutes.items()).hasSize(5);
        assertThat(minutes.items().get(4).exempt()).isTrue();
    }
}
