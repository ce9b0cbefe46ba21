package org.oversight.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One corporate implication of a report: what it is, what the report says of it, and who wrote that. */
@Embeddable
public class Implication {
    @Enumerated(EnumType.STRING)
    private ImplicationKind kind;
    private String wording;
    @Column(name = "author")
    private String author;

    protected Implication() {
    }

    public Implication(ImplicationKind kind, String wording, String author) {
        this.kind = kind;
        this.wording = blankAsNull(wording);
        this.author = blankAsNull(author);
    }

    /** Given when both the words ("None" and "Not applicable" count) and their author are. */
    public boolean isGiven() { return wording != null && author != null; }

    static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ImplicationKind getKind() { return kind; }
    public String getWording() { return wording; }
    public String getAuthor() { return author; }
}
