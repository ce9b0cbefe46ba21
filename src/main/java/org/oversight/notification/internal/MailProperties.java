package org.oversight.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oversight.mail.*}: {@code mode} outbox (keep emails in the outbox page, the embedded
 * default) or smtp (send through {@code spring.mail.*}); {@code from} the sender address;
 * {@code base-url} the address people reach Oversight at, for links in emails.
 */
@ConfigurationProperties("oversight.mail")
public record MailProperties(@DefaultValue("outbox") String mode,
                             @DefaultValue("oversight@localhost") String from,
                             @DefaultValue("http://localhost:8080") String baseUrl) {
}
