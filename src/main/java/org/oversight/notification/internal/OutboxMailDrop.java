package org.oversight.notification.internal;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps every email in the outbox table, for administrators to read at {@code /outbox}. */
@Component
@ConditionalOnProperty(name = "oversight.mail.mode", havingValue = "outbox", matchIfMissing = true)
class OutboxMailDrop implements MailDrop {
    private final OutboxRepository outbox;
    private final Clock clock;

    OutboxMailDrop(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void send(MailMessage message) {
        outbox.save(new OutboxMessage(message, clock.instant()));
    }
}
