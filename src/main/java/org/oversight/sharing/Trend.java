package org.oversight.sharing;

/**
 * How a plan moved between its two latest progress rounds: its red and amber actions weighed
 * (a red counts twice) as a share of all its actions, fewer being better.
 */
public enum Trend {
    BETTER("Better", "▲"), SAME("Same", "■"), WORSE("Worse", "▼"), NONE("No earlier round", "–");

    private final String label;
    private final String symbol;

    Trend(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() { return label; }

    public String symbol() { return symbol; }

    static Trend between(double previousConcern, double latestConcern) {
        if (Math.abs(previousConcern - latestConcern) < 1e-9) {
            return SAME;
        }
        return latestConcern < previousConcern ? BETTER : WORSE;
    }
}
