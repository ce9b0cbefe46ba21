package org.oversight.plan;

/** A lead may be a role, a named person, or a whole body. */
public enum LeadKind {
    ROLE("Role"), PERSON("Person"), BODY("Organisation");

    private final String label;

    LeadKind(String label) { this.label = label; }

    public String label() { return label; }
}
