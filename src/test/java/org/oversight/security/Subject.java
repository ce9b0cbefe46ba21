package org.oversight.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.oversight.account.GroupAuthority;
import org.oversight.account.OrganisationAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who makes a request in the permissions matrix: one column of permissions.csv each, in
 * this order. The demo accounts play the roles, each with the organisation their account
 * belongs to in the demo; "action lead of another action" is the NHS partner lead (of the NHS
 * trust) on an action only the council lead holds; "plan manager of another organisation" is
 * the neighbouring council's plan manager.
 */
enum Subject {
    ANONYMOUS("anonymous", null, null),
    VIEWER("viewer", "viewer", "VIEWER"),
    OTHER_ACTION_LEAD("action_lead_of_another_action", "nhslead", "ACTION_LEAD"),
    ACTION_LEAD("action_lead", "lead", "ACTION_LEAD"),
    PLAN_MANAGER("plan_manager", "manager", "PLAN_MANAGER"),
    ADMINISTRATOR("administrator", "admin", "ADMINISTRATOR"),
    /** An administrator of the demo council: its accounts and business, not the whole instance's. */
    ORGANISATION_ADMINISTRATOR("organisation_administrator", "kmadmin", "ADMINISTRATOR"),
    /**
     * A board member who sits on a different board from the one a governance route is about.
     * Until board membership exists this is a viewer who sits on no board.
     */
    OTHER_BOARD_MEMBER("board_member_of_another_board", "otherboard", "VIEWER"),
    /** A plan manager of a neighbouring council, which owns none of the demo's plans, indicators or boards. */
    OTHER_ORGANISATION_MANAGER("plan_manager_of_another_organisation", "neighbour", "PLAN_MANAGER"),
    /**
     * The demo region's adviser: of no council ("outside every organisation"), advising the Vale and
     * Downs region, which Kingsmead shares nothing with; reads, never changes.
     */
    ADVISER("adviser", "adviser", "ADVISER");

    final String column;
    private final String username;
    private final String role;

    Subject(String column, String username, String role) {
        this.column = column;
        this.username = username;
        this.role = role;
    }

    /** Signed in with the role, and the organisation the demo account belongs to (if any). */
    RequestPostProcessor signIn(DemoIds ids) {
        if (username == null) {
            return anonymous();
        }
        if (this == ADVISER) {
            return user(username).authorities(new SimpleGrantedAuthority("ROLE_" + role),
                    new SimpleGrantedAuthority(OrganisationAuthority.of(OrganisationAuthority.OUTSIDE_EVERY_ORGANISATION)),
                    new SimpleGrantedAuthority(GroupAuthority.of(ids.others().get("adviser-group"))));
        }
        Long organisation = this == ORGANISATION_ADMINISTRATOR ? ids.organisationOf("manager") : ids.organisationOf(username);
        return organisation == null ? user(username).roles(role)
                : user(username).authorities(new SimpleGrantedAuthority("ROLE_" + role),
                        new SimpleGrantedAuthority(OrganisationAuthority.of(organisation)));
    }
}
