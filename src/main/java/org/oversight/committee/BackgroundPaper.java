package org.oversight.committee;

import jakarta.persistence.Embeddable;

/** A background paper the report relied on: its title and where it is kept for inspection. */
@Embeddable
public class BackgroundPaper {
    private String title;
    private String keptAt;

    protected BackgroundPaper() {
    }

    public BackgroundPaper(String title, String keptAt) {
        this.title = title.strip();
        this.keptAt = Implication.blankAsNull(keptAt);
    }

    /** "Title | where kept", one a line, as the report form takes them; a line without a bar is a title alone. */
    static BackgroundPaper parse(String line) {
        int bar = line.lastIndexOf('|');
        return bar < 0 ? new BackgroundPaper(line, null) : new BackgroundPaper(line.substring(0, bar), line.substring(bar + 1));
    }

    String asLine() { return keptAt == null ? title : title + " | " + keptAt; }

    public String getTitle() { return title; }
    public String getKeptAt() { return keptAt; }
}
