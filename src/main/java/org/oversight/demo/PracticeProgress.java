package org.oversight.demo;

import static org.oversight.demo.DemoStep.amber;
import static org.oversight.demo.DemoStep.done;
import static org.oversight.demo.DemoStep.green;
import static org.oversight.demo.DemoStep.notStarted;
import static org.oversight.demo.DemoStep.red;

import java.util.List;
import java.util.Map;
import org.oversight.plan.RagColour;

/** What the leads of actions 6.1 to 9.2 reported, round by round. */
final class PracticeProgress {
    static final Map<String, List<DemoStep>> STEPS = Map.ofEntries(
            Map.entry("6.1", List.of(
                    green(1, "Draft policy shared with team managers and the social work practice forum."),
                    green(2, "Practice forum feedback added: the child's lived experience now opens every "
                            + "supervision record."),
                    done(3, "Policy agreed by the senior leadership team; new template live.")
                            .citing("Supervision policy"))),
            Map.entry("6.2", List.of(
                    green(2, "First monthly report: 71% of children had supervision recorded in the last four weeks."),
                    green(3, "78%. Teams below 70% now report weekly to their service manager."),
                    green(4, "83%, with every team above 70%."),
                    green(5, "86%. Dip sampling started: 12 of 30 records graded good."),
                    amber(6, "84%, a dip linked to staff leave. Quality grades unchanged."),
                    green(7, "88%. Dip sample: 15 of 30 graded good."),
                    green(8, "89%; the two lowest teams have improved most."),
                    green(9, "91%, above target for the first time."),
                    green(10, "90%. Dip sample: 16 of 30 graded good, still short of the 70% quality target."),
                    green(11, "92%."),
                    green(12, "91%. Dip sample: 17 of 30 graded good; reflective discussion is still the weakest "
                            + "element.").citing("Supervision compliance report, {prev}"))),
            Map.entry("6.3", List.of(
                    green(5, "Oversight prompts added to the step-up, strategy, conference and closure forms; "
                            + "managers briefed at the managers' forum."),
                    green(7, "First dip sample: oversight recorded at 68% of key decision points."),
                    green(9, "Dip sample 77%. Closures are weakest, so service managers now sign off every closure."),
                    green(11, "Dip sample 82%."),
                    amber(12, "Dip sample 80%, short of the 85% target: two new team managers are still settling in "
                            + "and are being coached."))),
            Map.entry("7.1", List.of(
                    green(1, "Review of the current framework completed with team managers."),
                    green(2, "Draft framework sets a monthly themed audit; themes for the year agreed."),
                    amber(3, "The moderation panel cannot meet monthly with current staffing; an extra quality "
                            + "assurance officer is being recruited."),
                    green(4, "Officer appointed. First themed audit (neglect) completed and moderated."),
                    done(5, "Framework agreed by the senior leadership team and the Improvement Board; every audit "
                            + "moderated since launch.").citing("Quality assurance framework"))),
            Map.entry("7.2", List.of(
                    green(6, "Observation tool agreed with the practice forum."),
                    green(7, "Nine team managers completed observations this quarter."),
                    amber(9, "Only six team managers completed observations this quarter; two teams have acting "
                            + "managers."))),
            Map.entry("7.3", List.of(
                    notStarted(12, RagColour.GREEN, "A partner-in-practice authority has agreed in principle. The "
                            + "review will be scoped once workstream 1 is delivered."))),
            Map.entry("8.1", List.of(
                    green(2, "Market supplement agreed by the council's employment committee."),
                    green(4, "Recruitment campaign launched; career pathway published."),
                    green(6, "Eight permanent social workers appointed, three converted from agency contracts."),
                    amber(8, "Two leavers in {prev}; exit interviews cite caseloads in the assessment teams."),
                    green(10, "Fifteen permanent appointments so far; turnover 17%."),
                    green(12, "Nineteen permanent appointments; turnover 15.5%, close to target.")
                            .citing("Workforce report to the Improvement Board"))),
            Map.entry("8.2", List.of(
                    green(1, "Baseline: 32% of social work posts filled by agency workers."),
                    green(3, "29%. Conversion offer made to 14 agency workers."),
                    amber(5, "27%. Fewer agency workers converted than expected; deadline moved."),
                    amber(7, "24%."),
                    amber(9, "22%. The regional agreement on agency pay has slowed conversions; deadline moved again."),
                    amber(11, "19%. The new cohort of newly qualified social workers will replace agency posts; "
                            + "deadline moved to cover their protected first year."),
                    amber(12, "18%.").citing("Agency staffing return, {prev}"))),
            Map.entry("8.3", List.of(
                    green(4, "Baseline: average caseload 24; the highest team averages 29."),
                    amber(6, "Average 23. Assessment teams remain above 25."),
                    amber(8, "Average 22."),
                    amber(10, "Average 21; two teams below 20 for the first time."),
                    amber(12, "Average 21. Further reduction depends on replacing agency posts (action 8.2)."))),
            Map.entry("9.1", List.of(
                    green(1, "Scorecard measures agreed with the Director and the Lead Member."),
                    green(2, "Draft scorecard with statistical neighbour comparators tried at the Improvement Board."),
                    amber(3, "The Board asked for commentary on every measure and for 12-month trends; redesign "
                            + "under way."),
                    done(4, "New scorecard presented to the Improvement Board and Overview and Scrutiny Committee, "
                            + "with commentary on every measure.").citing("Improvement Board scorecard"))),
            Map.entry("9.2", List.of(
                    green(4, "Data quality report found 212 child in need plans without a review date and 340 "
                            + "possible duplicate person records."),
                    green(6, "Review dates corrected on 130 plans."),
                    amber(8, "Duplicate merging paused: the supplier's merge tool damaged two test records."),
                    red(10, "Deadline passed. All but 9 plans now have review dates; 190 duplicates remain."),
                    red(11, "Supplier fix for the merge tool expected in {next}."),
                    red(12, "No change since the last report; the supplier's fix is now expected in {next}."))));

    private PracticeProgress() {
    }
}
