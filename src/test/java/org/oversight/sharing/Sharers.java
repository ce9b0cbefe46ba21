package org.oversight.sharing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.oversight.account.GroupAuthority;
import org.oversight.account.OrganisationAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo's people, signed in as their accounts would be, for the sharing tests. */
final class Sharers {
    private Sharers() {
    }

    static RequestPostProcessor councilPerson(String username, String role, long organisation) {
        return user(username).authorities(new SimpleGrantedAuthority("ROLE_" + role),
                new SimpleGrantedAuthority(OrganisationAuthority.of(organisation)));
    }

    static RequestPostProcessor adviserOf(long group) {
        return user("adviser").authorities(new SimpleGrantedAuthority("ROLE_ADVISER"),
                new SimpleGrantedAuthority(OrganisationAuthority.of(OrganisationAuthority.OUTSIDE_EVERY_ORGANISATION)),
                new SimpleGrantedAuthority(GroupAuthority.of(group)));
    }

    static RequestPostProcessor wholeInstance(String username, String role) {
        return user(username).authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
