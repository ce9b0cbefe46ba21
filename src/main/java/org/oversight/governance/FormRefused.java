package org.oversight.governance;

/** A change refused for something the person can put right: the field to correct and what to say. Nothing is stored. */
public class FormRefused extends RuntimeException {
    private final String field;

    public FormRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() { return field; }
}
