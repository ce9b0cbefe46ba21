package org.oversight.committee;

import jakarta.persistence.Embeddable;

/** One numbered recommendation to the board and, once minuted, what the board resolved on it. */
@Embeddable
public class Recommendation {
    private String wording;
    private String resolved;

    protected Recommendation() {
    }

    public Recommendation(String wording) {
        this.wording = wording.strip();
    }

    void resolve(String decision) { this.resolved = Implication.blankAsNull(decision); }

    public String getWording() { return wording; }
    public String getResolved() { return resolved; }
}
