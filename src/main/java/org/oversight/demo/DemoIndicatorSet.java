package org.oversight.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oversight.indicator.Figures;
import org.oversight.indicator.Indicator;
import org.oversight.indicator.IndicatorRepository;
import org.oversight.indicator.IndicatorValue;
import org.oversight.indicator.IndicatorValueRepository;
import org.oversight.indicator.Polarity;
import org.oversight.indicator.ReportingPeriod;
import org.oversight.indicator.Unit;
import org.oversight.plan.Action;
import org.oversight.plan.ActionRepository;

/**
 * Kingsmead's indicators: twelve quarters of early help, child protection and looked-after
 * children's health figures, with the placements and time-in-care breakdowns of the children
 * looked after. One quarter of the initial health assessments was published as 75.0% when
 * its counts give 70.5%, so the checks have something to find.
 */
final class DemoIndicatorSet {
    static final int QUARTERS = 12;
    static final String EARLY_HELP = "Head of Service, Front Door and Early Help";
    static final String HEALTH = "Designated Nurse for Safeguarding Children";
    static final String PERFORMANCE = "Head of Performance and Business Intelligence";
    private final List<ReportingPeriod> quarters = new ArrayList<>();
    private final Instant at;
    private final List<IndicatorValue> series = new ArrayList<>();

    DemoIndicatorSet(ReportingPeriod latest, Instant at) {
        ReportingPeriod p = latest;
        for (int i = 0; i < QUARTERS; i++) {
            quarters.add(0, p);
            p = p.previous();
        }
        this.at = at;
    }

    void save(IndicatorRepository indicators, IndicatorValueRepository values, ActionRepository actions) {
        DemoIndicatorFigures f = new DemoIndicatorFigures();
        Indicator eh1 = indicators.save(percent("EH 1", "Early help assessments completed within 45 working days", Polarity.HIGHER, EARLY_HELP)
                .define("Early help assessments completed in the quarter within 45 working days of the start.",
                        "Assessments completed within 45 working days", "Assessments completed").tolerate(new BigDecimal("3")));
        ratio(eh1, f.eh1Denominators, f.eh1Percent, "85", "79.5", "81.2", null);
        Indicator cp1 = indicators.save(new Indicator("CP 1", "Children subject to a child protection plan, rate per 10,000 children",
                Unit.RATE, Polarity.NONE).reportedBy(EARLY_HELP, "quarterly")
                .define("Children subject to a plan at the quarter end per 10,000 children under 18.", null, null));
        plain(cp1, f.cp1Rate, null, "44.8", "43.2", "The rate is watched, not targeted: a change either way is explained here.");
        Indicator cp2 = indicators.save(percent("CP 2", "Child protection plans lasting two years or more", Polarity.LOWER, EARLY_HELP)
                .define("Plans ended in the quarter that had lasted two years or more.", "Plans ended after two years or more", "Plans ended")
                .tolerate(BigDecimal.ONE));
        ratio(cp2, f.cp2Denominators, f.cp2Percent, "3", "3.4", "3.7", null);
        Indicator cp3 = indicators.save(percent("CP 3", "Children becoming subject to a plan for a second or subsequent time",
                Polarity.LOWER, EARLY_HELP).define("A subset of the children starting a plan in the quarter; not part of any breakdown.",
                "Children starting a second or subsequent plan", "Children starting a plan").tolerate(new BigDecimal("2")));
        ratio(cp3, f.cp3Denominators, f.cp3Percent, "18", "22.1", "23.8", null);
        Indicator lac1 = indicators.save(percent("LAC 1", "Initial health assessments within 20 working days of coming into care",
                Polarity.HIGHER, HEALTH).define("Children coming into care whose initial health assessment was done within 20 working days.",
                "Assessments within 20 working days", "Children coming into care").tolerate(new BigDecimal("5")));
        ratio(lac1, f.lac1Denominators, f.lac1Percent, "90", "61.0", "58.4", f.lac1Misstated);
        Indicator lac2 = indicators.save(percent("LAC 2", "Looked-after children with a dental check in the last 12 months",
                Polarity.HIGHER, HEALTH).define("Children looked after for 12 months or more with a dental check in the last year.",
                "Children with a dental check", "Children looked after 12 months or more").tolerate(new BigDecimal("3")));
        ratio(lac2, f.lac2Denominators, f.lac2Percent, "85", "76.0", "73.1", null);
        Indicator lac3 = indicators.save(percent("LAC 3", "Looked-after children whose immunisations are up to date",
                Polarity.HIGHER, HEALTH).define("Children looked after for 12 months or more with immunisations up to date.",
                "Children with immunisations up to date", "Children looked after 12 months or more").tolerate(new BigDecimal("3")));
        ratio(lac3, f.lac2Denominators, f.lac3Percent, "90", "84.7", "82.6", null);
        Indicator lac4 = indicators.save(new Indicator("LAC 4", "Average Strengths and Difficulties Questionnaire (SDQ) score",
                Unit.SCORE, Polarity.LOWER).reportedBy(HEALTH, "quarterly").tolerate(BigDecimal.ONE)
                .define("Average SDQ score of children aged 4 to 16 looked after for 12 months or more; 0 to 40, lower is better.", null, null));
        plain(lac4, f.lac4Score, "14", "14.6", "14.1", null);
        savePlacements(indicators, f);
        values.saveAll(series);
        link(actions, eh1, "4.1", "4.2");
        link(actions, cp1, "5.2");
        link(actions, cp3, "6.1");
        link(actions, lac1, "3.1", "9.1");
        link(actions, lac4, "9.1");
    }

    private void savePlacements(IndicatorRepository indicators, DemoIndicatorFigures f) {
        Indicator lac5 = indicators.save(new Indicator("LAC 5", "Children looked after at the end of the quarter", Unit.COUNT,
                Polarity.NONE).reportedBy(PERFORMANCE, "quarterly").define("Children looked after on the last day of the quarter.", null, null));
        plain(lac5, f.lac5Count, null, null, null, "Numbers are watched against sufficiency plans; no target is set.");
        int[] inBorough = new int[QUARTERS];
        int[] underOne = new int[QUARTERS];
        int[] oneToThree = new int[QUARTERS];
        for (int i = 0; i < QUARTERS; i++) {
            inBorough[i] = Math.round(f.lac5Count[i] * f.inBoroughShare[i] / 100f);
            underOne[i] = Math.round(f.lac5Count[i] * 0.31f);
            oneToThree[i] = Math.round(f.lac5Count[i] * 0.38f);
        }
        part(indicators, lac5, "LAC 5a", "Placed within the borough", "placement location", inBorough, null,
                "Placed within Kingsmead or less than 20 miles from home.");
        part(indicators, lac5, "LAC 5b", "Placed outside the borough", "placement location", inBorough, f.lac5Count,
                "Placed outside Kingsmead, mostly in residential care; each placement is reviewed by the sufficiency panel.");
        part(indicators, lac5, "LAC 6a", "In care for less than a year", "time in care", underOne, null, "Time band: under one year.");
        part(indicators, lac5, "LAC 6b", "In care for one to three years", "time in care", oneToThree, null, "Time band: one to three years.");
        int[] rest = new int[QUARTERS];
        for (int i = 0; i < QUARTERS; i++) {
            rest[i] = f.lac5Count[i] - underOne[i] - oneToThree[i];
        }
        part(indicators, lac5, "LAC 6c", "In care for more than three years", "time in care", rest, null, "Time band: more than three years.");
    }

    /** A part: its own counts, or, given the total, what is left of it after {@code counts}. */
    private void part(IndicatorRepository indicators, Indicator total, String code, String title, String breakdown,
                      int[] counts, int[] remainderOf, String commentary) {
        Indicator part = indicators.save(new Indicator(code, title, Unit.COUNT, Polarity.NONE)
                .reportedBy(PERFORMANCE, "quarterly").partOf(total, breakdown));
        double[] figures = new double[QUARTERS];
        for (int i = 0; i < QUARTERS; i++) {
            figures[i] = remainderOf == null ? counts[i] : remainderOf[i] - counts[i];
        }
        plain(part, figures, null, null, null, commentary);
    }

    private static Indicator percent(String code, String title, Polarity polarity, String owner) {
        return new Indicator(code, title, Unit.PERCENT, polarity).reportedBy(owner, "quarterly");
    }

    private void ratio(Indicator indicator, int[] denominators, double[] percents, String target, String neighbours,
                       String england, Integer misstated) {
        for (int i = 0; i < QUARTERS; i++) {
            BigDecimal den = BigDecimal.valueOf(denominators[i]);
            BigDecimal num = BigDecimal.valueOf(Math.round(percents[i] * denominators[i] / 100));
            BigDecimal value = num.multiply(BigDecimal.valueOf(100)).divide(den, 1, RoundingMode.HALF_UP);
            if (misstated != null && i == misstated) {
                value = new BigDecimal("75.0");
            }
            String commentary = i < QUARTERS - 4 ? null : DemoIndicatorFigures.commentary(indicator.getCode(), i - QUARTERS + 4);
            add(indicator, i, new Figures(num, den, value, new BigDecimal(target), new BigDecimal(neighbours),
                    new BigDecimal(england), List.of(), commentary));
        }
    }

    private void plain(Indicator indicator, double[] figures, String target, String neighbours, String england, String commentary) {
        for (int i = 0; i < QUARTERS; i++) {
            add(indicator, i, new Figures(null, null, BigDecimal.valueOf(figures[i]).stripTrailingZeros(), decimal(target),
                    decimal(neighbours), decimal(england), List.of(), commentary));
        }
    }

    private void plain(Indicator indicator, int[] figures, String target, String neighbours, String england, String commentary) {
        double[] asDoubles = new double[figures.length];
        for (int i = 0; i < figures.length; i++) {
            asDoubles[i] = figures[i];
        }
        plain(indicator, asDoubles, target, neighbours, england, commentary);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private void add(Indicator indicator, int quarter, Figures figures) {
        series.add(new IndicatorValue(indicator, quarters.get(quarter), figures, "demo", at));
    }

    private static void link(ActionRepository actions, Indicator indicator, String... references) {
        List<String> wanted = List.of(references);
        actions.findAll().stream().filter(a -> wanted.contains(a.getReference())).map(Action::getId).forEach(indicator::linkAction);
    }
}
