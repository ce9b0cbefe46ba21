package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading the 2009 scrutiny committee minutes")
class ScrutinyMinutes2009Test {
    static ReadMinutes minutes;

    @BeforeAll
    static void read() throws IOException {
        minutes = MinutesReader.read(SharedExamples.text(SharedExamples.SCRUTINY_2009));
    }

    @Test
    @DisplayName("should find the board, the date and the attendance block")
    void readsTheMeeting() {
        assertThat(minutes.board()).isEqualTo("Children, Families & Learning Overview & Scrutiny Committee");
        assertThat(minutes.date()).isEqualTo(LocalDate.of(2009, 10, 6));
        assertThat(minutes.present()).contains("Cllr J Street (Chairman)", "A Shadbolt", "J Reynolds").hasSize(12);
        assertThat(minutes.apologies()).containsExactly("Cllr P Hollick", "F Image", "K Janes");
        assertThat(minutes.substitutes()).containsExactly("Cllr Mrs A Barker");
        assertThat(minutes.startedAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(minutes.finishedAt()).isEqualTo(LocalTime.of(13, 2));
    }

    @Test
    @DisplayName("should give eleven items CFL/09/25 to CFL/09/35, none exempt")
    void readsElevenItems() {
        assertThat(minutes.items()).extracting(ReadMinutes.Item::number).containsExactly("CFL/09/25", "CFL/09/26",
                "CFL/09/27", "CFL/09/28", "CFL/09/29", "CFL/09/30", "CFL/09/31", "CFL/09/32", "CFL/09/33",
                "CFL/09/34", "CFL/09/35");
        assertThat(minutes.items()).noneMatch(ReadMinutes.Item::exempt);
        assertThat(item("CFL/09/34").title()).isEqualTo("Strategic Commissioning Framework for Children in Central Bedfordshire");
        assertThat(minutes.warnings()).as("nothing doubtful in minutes read as written").isEmpty();
    }

    @Test
    @DisplayName("should read the decisions: CFL/09/33 resolves four points and CFL/09/34 recommends four")
    void readsDecisions() {
        assertThat(item("CFL/09/25").decisions()).extracting(ReadMinutes.ReadDecision::kind).containsExactly(DecisionKind.RESOLVED);
        assertThat(item("CFL/09/32").decisions()).extracting(ReadMinutes.ReadDecision::kind)
                .containsExactly(DecisionKind.NOTED, DecisionKind.RESOLVED);
        ReadMinutes.ReadDecision resolved = item("CFL/09/33").decisions().get(0);
        assertThat(resolved.kind()).isEqualTo(DecisionKind.RESOLVED);
        assertThat(resolved.points()).hasSize(4);
        assertThat(resolved.points().get(1)).isEqualTo("that officers be requested to report to the Committee on national indicators 9, 10 and 13;");
        ReadMinutes.ReadDecision recommended = item("CFL/09/34").decisions().get(0);
        assertThat(recommended.kind()).isEqualTo(DecisionKind.RECOMMENDED);
        assertThat(recommended.text()).startsWith("that the Executive approve the Strategic Commissioning Framework");
        assertThat(recommended.points()).hasSize(4);
        assertThat(recommended.points().get(3)).endsWith("commissioning of services in Central Bedfordshire.");
        assertThat(item("CFL/09/35").decisions().get(0).points()).hasSize(3);
        assertThat(item("CFL/09/27").decisions()).isEmpty();
    }

    @Test
    @DisplayName("should turn the resolutions that ask officers to do or bring something into follow-ups")
    void findsFollowUps() {
        List<MinuteAsks.Ask> asks = MinuteAsks.followUps(minutes);

        assertThat(asks).extracting(MinuteAsks.Ask::minuteNumber)
                .containsExactly("CFL/09/32", "CFL/09/33", "CFL/09/33", "CFL/09/33", "CFL/09/33");
        assertThat(asks).extracting(MinuteAsks.Ask::owner).containsOnly("Officers");
        assertThat(asks.get(1).dueNote()).isEqualTo("a future meeting");
    }

    @Test
    @DisplayName("should record the work programme change: moved from 3 November 2009 to 5 January 2010")
    void findsTheWorkProgrammeMove() {
        assertThat(MinuteAsks.programmeChanges(minutes)).containsExactly(
                new MinuteAsks.ProgrammeChange("Lord Laming Action Plan", null, LocalDate.of(2009, 11, 3)),
                new MinuteAsks.ProgrammeChange("Eligibility for Payments Policy", null, LocalDate.of(2009, 12, 1)),
                new MinuteAsks.ProgrammeChange("Developing a Strategy for Change for Central Bedfordshire Council",
                        LocalDate.of(2009, 11, 3), LocalDate.of(2010, 1, 5)));
    }

    private static ReadMinutes.Item item(String number) {
        return minutes.items().stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();
    }
}
