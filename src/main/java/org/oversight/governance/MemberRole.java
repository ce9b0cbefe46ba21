package org.oversight.governance;

/** A person's place on a board. Supporting officers are not members but have a role on it. */
public enum MemberRole {
    CHAIR("Chair"),
    VICE_CHAIR("Vice-chair"),
    VOTING_MEMBER("Voting member"),
    CO_OPTEE("Co-optee"),
    CARER_REPRESENTATIVE("Non-voting carer representative"),
    SUBSTITUTE("Substitute"),
    SUPPORTING_OFFICER("Supporting officer");

    private final String label;

    MemberRole(String label) { this.label = label; }

    public String label() { return label; }
}
