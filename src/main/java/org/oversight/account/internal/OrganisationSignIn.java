package org.oversight.account.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** One "Sign in with your organisation's account" link on the sign-in page. */
public record OrganisationSignIn(String registrationId, String name) {
    public String getHref() { return "/oauth2/authorization/" + registrationId; }
    public String getName() { return name; }

    static List<OrganisationSignIn> all(ClientRegistrationRepository repository) {
        List<OrganisationSignIn> links = new ArrayList<>();
        if (repository instanceof Iterable<?> registrations) {
            for (Object each : registrations) {
                ClientRegistration registration = (ClientRegistration) each;
                links.add(new OrganisationSignIn(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        return List.copyOf(links);
    }
}
