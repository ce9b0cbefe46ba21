package org.oversight.plan;

import jakarta.persistence.Embeddable;

/** A numbered key deliverable (or outcome) of a workstream. */
@Embeddable
public class KeyDeliverable {
    private String number;
    private String text;

    protected KeyDeliverable() {
    }

    public KeyDeliverable(String number, String text) {
        this.number = number;
        this.text = text;
    }

    public String getNumber() { return number; }
    public String getText() { return text; }
}
