package org.oversight.governance;

import java.util.List;

/**
 * The reports written to a meeting, which a minuted item may say it decided. Another feature
 * (committee reports) implements it, so governance does not depend on it.
 */
public interface MeetingReports {
    /** One report to the meeting: its id and title. */
    record Paper(long id, String title) {
    }

    List<Paper> of(Meeting meeting);

    /** The paper of the meeting whose title is the item's title (ignoring case and spacing), if one is. */
    static java.util.Optional<Paper> titled(List<Paper> papers, String title) {
        String wanted = normal(title);
        return papers.stream().filter(p -> normal(p.title()).equals(wanted)).findFirst();
    }

    private static String normal(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.UK);
    }
}
