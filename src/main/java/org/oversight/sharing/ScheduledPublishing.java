package org.oversight.sharing;

import java.net.URI;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes what the councils share to the national instance on a schedule, when
 * {@code oversight.publish.cron} is set (off by default) with {@code oversight.publish.to} and
 * {@code oversight.publish.token} (and {@code oversight.publish.group}, National by default). Once
 * across this instance's servers; a failure is logged and tried again at the next run.
 */
@Component
class ScheduledPublishing {
    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);
    private final StandingsPublisher publisher;
    private final String to;
    private final String token;
    private final String group;

    ScheduledPublishing(StandingsPublisher publisher, @Value("${oversight.publish.to:}") String to,
                        @Value("${oversight.publish.token:}") String token,
                        @Value("${oversight.publish.group:National}") String group) {
        this.publisher = publisher;
        this.to = to;
        this.token = token;
        this.group = group;
    }

    @Scheduled(cron = "${oversight.publish.cron:-}")
    @SchedulerLock(name = "publish-shared")
    void publish() throws InterruptedException {
        if (to.isBlank() || token.isBlank()) {
            log.warn("oversight.publish.cron is set but oversight.publish.to or oversight.publish.token is not: nothing published");
            return;
        }
        try {
            StandingsPublisher.Outcome sent = publisher.publish(URI.create(to.strip()), token, group);
            if (sent.received()) {
                log.info("Published what {} councils share with {} to {}", sent.councils(), group, sent.endpoint());
            } else {
                log.warn("Publishing to {} failed ({}): {}", sent.endpoint(), sent.status(), sent.answer());
            }
        } catch (SharingRefused e) {
            log.warn("Publishing is scheduled for the group {}, which this instance does not have", group);
        }
    }
}
