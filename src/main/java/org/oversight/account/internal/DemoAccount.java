package org.oversight.account.internal;

import java.util.List;
import org.oversight.account.Role;

/** An account that exists only in the demonstration, listed on the sign-in page. */
public record DemoAccount(String username, String displayName, Role role, String description) {
    /** Every demo account signs in with this password. Never used outside the demo. */
    public static final String PASSWORD = "demo-password";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("admin", "Alex Morgan", Role.ADMINISTRATOR,
                    "Can do everything, including managing accounts"),
            new DemoAccount("manager", "Priya Shah", Role.PLAN_MANAGER,
                    "Creates and edits plans and actions, moves deadlines and overrides ratings"),
            new DemoAccount("lead", "Jordan Ellis", Role.ACTION_LEAD,
                    "A council head of service who updates the actions they lead"),
            new DemoAccount("nhslead", "Dr Sam Okafor", Role.ACTION_LEAD,
                    "An NHS partner who updates the actions they lead"),
            new DemoAccount("viewer", "Cllr Chris Taylor", Role.VIEWER,
                    "A councillor on the improvement board who can read everything"),
            new DemoAccount("neighbour", "Robin Hale", Role.PLAN_MANAGER,
                    "A plan manager of the neighbouring Ashcombe Borough Council: reads Kingsmead's published plan,"
                            + " changes nothing of Kingsmead's"),
            new DemoAccount("adviser", "Morgan Reid", Role.ADVISER,
                    "A regional improvement adviser: sees side by side what the region's councils share with it,"
                            + " changes nothing"));

    public String getUsername() { return username; }
    public String getRoleLabel() { return role.label(); }
    public String getDescription() { return description; }
}
