package org.oversight.committee;

/** The corporate implications every report states, in the template's order; "None" is an answer, a blank is not. */
public enum ImplicationKind {
    LEGAL("Legal implications"),
    FINANCIAL_AND_RISK("Financial and risk implications"),
    EQUALITIES("Equalities implications (public sector equality duty)"),
    PUBLIC_HEALTH("Public health implications"),
    COMMUNITY_SAFETY("Community safety implications"),
    SUSTAINABILITY("Sustainability implications"),
    WORK_PROGRAMMING("Implications for work programming"),
    COUNCIL_PRIORITIES("Council priorities");

    private final String label;

    ImplicationKind(String label) { this.label = label; }

    public String label() { return label; }
}
