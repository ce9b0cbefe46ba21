package org.oversight.governance;

/** The kinds of board and committee that scrutinise children's services. */
public enum BoardKind {
    SCRUTINY_COMMITTEE("Overview and scrutiny committee"),
    CORPORATE_PARENTING_PANEL("Corporate parenting panel"),
    SAFEGUARDING_PARTNERSHIP("Safeguarding children partnership"),
    CHILDRENS_TRUST("Children's trust board"),
    EXECUTIVE("Executive"),
    DIRECTORATE_TEAM("Directorate team"),
    OTHER("Board");

    private final String label;

    BoardKind(String label) { this.label = label; }

    public String label() { return label; }
}
