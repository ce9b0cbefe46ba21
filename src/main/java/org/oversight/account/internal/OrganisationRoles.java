package org.oversight.account.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.oversight.account.Role;
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
 */
class OrganisationRoles implements OAuth2UserService<OidcUserRequest, OidcUser> {
    static final String NO_ROLE = "oversight_no_role";
    private final OidcUserService userInfo = new OidcUserService();
    private final OidcProperties properties;

    OrganisationRoles(OidcProperties properties) {
        this.properties = properties;
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
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(role.authority())), user.getIdToken(),
                user.getUserInfo(), properties.usernameClaim());
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
