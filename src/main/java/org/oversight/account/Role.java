package org.oversight.account;

/** What an account may do. The Spring authority of each role is {@code ROLE_<name>}. */
public enum Role {
    ADMINISTRATOR("Administrator"),
    PLAN_MANAGER("Plan manager"),
    ACTION_LEAD("Action lead"),
    VIEWER("Viewer"),
    /** Reads what councils share with their group (a region, national), changes nothing. */
    ADVISER("Adviser");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role as people say it, for pages. */
    public String label() { return label; }

    public String getLabel() { return label; }

    /** The Spring Security authority name, such as {@code ROLE_PLAN_MANAGER}. */
    public String authority() { return "ROLE_" + name(); }

    /** The role named by a Spring authority, or null for anything else. */
    public static Role fromAuthority(String authority) {
        for (Role role : values()) {
            if (role.authority().equals(authority)) {
                return role;
            }
        }
        return null;
    }
}
