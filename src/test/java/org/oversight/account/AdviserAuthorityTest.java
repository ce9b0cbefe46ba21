package org.oversight.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** An adviser never serves the whole instance, however they signed in. */
class AdviserAuthorityTest {
    @Test
    @DisplayName("should put an adviser who carries no organisation outside every organisation, reaching only what belongs to none")
    void adviserWithoutOrganisationReachesNoCouncil() {
        var adviser = new TestingAuthenticationToken("adviser", null, "ROLE_ADVISER", GroupAuthority.of(4));
        assertThat(OrganisationAuthority.organisationOf(adviser)).isEqualTo(OrganisationAuthority.OUTSIDE_EVERY_ORGANISATION);
        CurrentUser person = CurrentUser.of(adviser);
        assertThat(person.groupId()).isEqualTo(4L);
        assertThat(person.reaches(12L)).isFalse();
        assertThat(person.reaches(null)).isTrue();
        assertThat(person.canManagePlans()).isFalse();
        assertThat(person.canPostUpdates()).isFalse();
    }

    @Test
    @DisplayName("should leave someone of no organisation who is not an adviser serving the whole instance, as before")
    void othersUnchanged() {
        var admin = new TestingAuthenticationToken("admin", null, "ROLE_ADMINISTRATOR");
        assertThat(OrganisationAuthority.organisationOf(admin)).isNull();
        assertThat(CurrentUser.of(admin).reaches(12L)).isTrue();
    }
}
