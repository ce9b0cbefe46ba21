package org.oversight.indicator;

/** An indicator as shown beside a plan action it measures: its latest figure and standing in words. */
public record LinkedIndicator(long id, String code, String title, String latest, Status status, Trend trend) {
}
