package org.oversight.account.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.oversight.account.OrganisationAuthority;
import org.oversight.account.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Gives someone signing in with their organisation's account one role, from the groups or
 * roles their identity provider says they have and {@code oversight.oidc.role-mapping}. Someone
 * in no mapped group gets {@code oversight.oidc.default-role}, or is refused when it is unset.
 * When {@code oversight.oidc.organisations.<registration>} names an organisation they also get
 * its {@link OrganisationAuthority}; a named organisation Oversight does not know refuses them
 * rather than giving them the whole instance.
 */
class OrganisationRoles implements OAuth2UserService<OidcUserRequest, OidcUser> {
    static final String NO_ROLE = "oversight_no_role";
    static final String NO_ORGANISATION = "oversight_unknown_organisation";
    private final OidcUserService userInfo = new OidcUserService();
    private final OidcProperties properties;
    private final OrganisationNames organisations;

    OrganisationRoles(OidcProperties properties, OrganisationNames organisations) {
        this.properties = properties;
        this.organisations = organisations;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = userInfo.loadUser(request);
        Map<String, Object> claims = user.getClaims();
        String username = Objects.toString(claims.get(properties.usernameClaim()), null);
        if (username == null || username.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE,
                    "The identity provider sent no " + properties.usernameClaim() + " claim", null));
        }
        Role role = roleFor(claims).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(NO_ROLE, "No group of " + SignInLog.hashOf(username) + " maps to a role", null)));
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority(role.authority())));
        organisationOf(request.getClientRegistration().getRegistrationId())
                .ifPresent(id -> authorities.add(new SimpleGrantedAuthority(OrganisationAuthority.of(id))));
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), properties.usernameClaim());
    }

    /** The organisation whose people sign in through the registration, if one is configured. */
    Optional<Long> organisationOf(String registrationId) {
        String name = properties.organisations().get(registrationId);
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(organisations.idOf(name).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(NO_ORGANISATION, "oversight.oidc.organisations." + registrationId + " names "
                        + name + ", which is not an organisation in Oversight", null))));
    }

    Optional<Role> roleFor(Map<String, Object> claims) {
        Optional<Role> mapped = properties.groupsClaims().stream()
                .flatMap(claim -> valuesOf(claims.get(claim)).stream())
                .map(properties.roleMapping()::get)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        return mapped.or(() -> Optional.ofNullable(properties.defaultRole()));
    }

    private static List<String> valuesOf(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value.split("[,\\s]+"));
        }
        return List.of();
    }
}
