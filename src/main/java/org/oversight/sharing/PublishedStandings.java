package org.oversight.sharing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.oversight.indicator.ReportingPeriod;
import org.oversight.plan.RagColour;

/**
 * What one instance publishes to another of what its councils share with a group: each council
 * with its shared plans' standings as at a series of dates (each progress round, the first of each
 * month and the day it was sent) and its shared indicator figures. Nothing else: no action, no
 * update's words, no board business. The JSON of {@code PUT /api/shared-standings}.
 */
public record PublishedStandings(List<Council> councils) {

    public record Council(String name, String region, String laCode, List<Plan> plans, List<Figure> figures) {
    }

    public record Plan(String key, String title, String inspection, LocalDate inspectionDate, List<Standing> standings) {
    }

    public record Standing(LocalDate asAt, int red, int amber, int green, int complete, int total,
                           RagColour completeColour, int overdue, int movedTwice, LocalDate lastRound, Trend trend) {
    }

    public record Figure(String code, String period, BigDecimal value) {
    }

    /** What is wrong with a publication, in words; empty when it can be stored. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (councils == null) {
            return List.of("The publication names no councils (\"councils\": [] withdraws everything)");
        }
        for (int c = 0; c < councils.size(); c++) {
            Council council = councils.get(c);
            String where = "councils[" + c + "]";
            if (council == null || !text(council.name(), 200)) {
                problems.add(where + ": a council needs a name of at most 200 characters");
                continue;
            }
            optional(problems, where + ".region", council.region(), 200);
            optional(problems, where + ".laCode", council.laCode(), 20);
            List<Plan> plans = council.plans() == null ? List.of() : council.plans();
            for (int p = 0; p < plans.size(); p++) {
                plan(problems, where + ".plans[" + p + "]", plans.get(p));
            }
            List<Figure> figures = council.figures() == null ? List.of() : council.figures();
            for (int f = 0; f < figures.size(); f++) {
                figure(problems, where + ".figures[" + f + "]", figures.get(f));
            }
        }
        return problems;
    }

    private static void plan(List<String> problems, String where, Plan plan) {
        if (plan == null || !text(plan.key(), 100) || !text(plan.title(), 500)) {
            problems.add(where + ": a plan needs a key (at most 100 characters) and a title (at most 500)");
            return;
        }
        optional(problems, where + ".inspection", plan.inspection(), 500);
        List<Standing> standings = plan.standings() == null ? List.of() : plan.standings();
        for (int s = 0; s < standings.size(); s++) {
            Standing st = standings.get(s);
            if (st == null || st.asAt() == null || st.completeColour() == null || st.trend() == null) {
                problems.add(where + ".standings[" + s + "]: a standing needs asAt, completeColour and trend");
            } else if (st.red() < 0 || st.amber() < 0 || st.green() < 0 || st.complete() < 0 || st.overdue() < 0
                    || st.movedTwice() < 0 || st.red() + st.amber() + st.green() + st.complete() > st.total()) {
                problems.add(where + ".standings[" + s + "]: the counts are negative or add up to more than the total");
            }
        }
    }

    private static void figure(List<String> problems, String where, Figure figure) {
        if (figure == null || !text(figure.code(), 100) || figure.value() == null || figure.period() == null) {
            problems.add(where + ": a figure needs a code (at most 100 characters), a period and a value");
            return;
        }
        try {
            ReportingPeriod.parse(figure.period());
        } catch (RuntimeException e) {
            problems.add(where + ".period: \"" + figure.period() + "\" is not a period");
        }
    }

    private static boolean text(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max;
    }

    private static void optional(List<String> problems, String where, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(where + ": at most " + max + " characters");
        }
    }
}
