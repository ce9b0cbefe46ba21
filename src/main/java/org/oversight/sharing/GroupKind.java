package org.oversight.sharing;

/** What kind of group councils share with. */
public enum GroupKind {
    REGION("Region"), NATIONAL("National"), PARTNERSHIP("Improvement partnership");

    private final String label;

    GroupKind(String label) { this.label = label; }

    public String label() { return label; }
}
