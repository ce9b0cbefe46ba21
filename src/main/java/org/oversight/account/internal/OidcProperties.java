package org.oversight.account.internal;

import java.util.Map;
import org.oversight.account.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oversight.oidc.*}: how people who sign in with their organisation's account
 * (OpenID Connect, configured under {@code spring.security.oauth2.client.registration.*})
 * get a role.
 *
 * @param roleMapping group (or app role) value to role, for example
 *        {@code oversight.oidc.role-mapping.oversight-plan-managers=PLAN_MANAGER}; with several
 *        matching groups the most powerful role wins
 * @param groupsClaims the claims that hold groups or roles, {@code groups,roles} by default
 *        (Microsoft Entra ID sends group object ids in {@code groups} and app roles in {@code roles})
 * @param usernameClaim the claim used as the username, which action leads' "held by" must match
 * @param defaultRole the role of someone in no mapped group; unset (the default) refuses them
 * @param organisations registration id to the name of the organisation (as Oversight knows it)
 *        whose people sign in through that registration, for example
 *        {@code oversight.oidc.organisations.kingsmead=Kingsmead Borough Council}: they then see
 *        and manage that organisation's plans, indicators and boards only. A registration not
 *        named here serves the whole instance.
 */
@ConfigurationProperties("oversight.oidc")
public record OidcProperties(Map<String, Role> roleMapping,
        @DefaultValue({"groups", "roles"}) java.util.List<String> groupsClaims,
        @DefaultValue("preferred_username") String usernameClaim, Role defaultRole,
        Map<String, String> organisations) {
    public OidcProperties {
        roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        organisations = organisations == null ? Map.of() : Map.copyOf(organisations);
    }
}
