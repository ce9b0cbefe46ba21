package org.oversight.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a board looks at a plan: for example monthly for three months, then quarterly.
 * It proposes the dates on which the plan should come to the board until the plan ends.
 */
@Entity
public class MonitoringCadence {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private Board board;
    private Long planId;
    private LocalDate startsOn;
    private String firstInterval;
    private int firstCount;
    private String thenInterval;

    protected MonitoringCadence() {
    }

    public MonitoringCadence(Board board, long planId, LocalDate startsOn, Period first, int firstCount, Period then) {
        if (first.isZero() || then.isZero() || first.isNegative() || then.isNegative() || firstCount < 0) {
            throw new IllegalArgumentException("A monitoring cadence needs positive intervals");
        }
        this.board = board;
        this.planId = planId;
        this.startsOn = startsOn;
        this.firstInterval = first.toString();
        this.firstCount = firstCount;
        this.thenInterval = then.toString();
    }

    /** The dates the plan is due at the board, from the start to {@code until} inclusive. */
    public List<LocalDate> datesUntil(LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate next = startsOn;
        int count = 0;
        while (!next.isAfter(until) && dates.size() < 200) {
            dates.add(next);
            count++;
            next = next.plus(count < firstCount ? getFirstInterval() : getThenInterval());
        }
        return dates;
    }

    /** "Monthly for 3, then every 3 months". */
    public String describe() {
        return "every " + words(getFirstInterval()) + " for " + firstCount + " meetings, then every " + words(getThenInterval());
    }

    private static String words(Period p) {
        if (p.getMonths() > 0 && p.getDays() == 0 && p.getYears() == 0) {
            return p.getMonths() == 1 ? "month" : p.getMonths() + " months";
        }
        return p.getDays() == 7 ? "week" : p.toString();
    }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public Long getPlanId() { return planId; }
    public LocalDate getStartsOn() { return startsOn; }
    public Period getFirstInterval() { return Period.parse(firstInterval); }
    public int getFirstCount() { return firstCount; }
    public Period getThenInterval() { return Period.parse(thenInterval); }
}
