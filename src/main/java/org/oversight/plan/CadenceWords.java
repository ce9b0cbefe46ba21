package org.oversight.plan;

import java.time.Period;

/** An update cadence in words: "monthly", "every 2 weeks", "quarterly". */
public final class CadenceWords {
    private CadenceWords() {
    }

    public static String of(Period p) {
        if (p.equals(Period.ofMonths(1))) return "monthly";
        if (p.equals(Period.ofWeeks(1))) return "weekly";
        if (p.equals(Period.ofMonths(3))) return "quarterly";
        if (p.equals(Period.ofYears(1)) || p.equals(Period.ofMonths(12))) return "yearly";
        if (p.getYears() == 0 && p.getMonths() == 0 && p.getDays() % 7 == 0) return "every " + p.getDays() / 7 + " weeks";
        if (p.getYears() == 0 && p.getDays() == 0) return "every " + p.getMonths() + " months";
        return "every " + p;
    }
}
