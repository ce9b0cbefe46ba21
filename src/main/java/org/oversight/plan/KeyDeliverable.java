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
        this.number = Organisation.requireText(number, "A key deliverable needs a number");
        this.text = Organisation.requireText(text, "Describe the key deliverable");
    }

    public String getNumber() { return number; }
    public String getText() { return text; }
}
