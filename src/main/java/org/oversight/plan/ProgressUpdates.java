package org.oversight.plan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import org.oversight.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts progress updates. The poster states the version of the action they saw; if someone
 * saved the action since, nothing is saved and they are told, so no update is lost.
 */
@Service
public class ProgressUpdates {
    private final EntityManager em;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    ProgressUpdates(EntityManager em, Clock clock, ApplicationEventPublisher events, AuditTrail audit) {
        this.em = em;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public ProgressUpdate post(long actionId, long expectedVersion, ProgressReport report, String author) {
        Action action = ActionVersions.load(em, actionId, expectedVersion);
        LocalDate latest = em.createQuery("select max(u.asAt) from ProgressUpdate u where u.action = :action", LocalDate.class)
                .setParameter("action", action).getSingleResult();
        ProgressUpdate update = action.recordProgress(report, author, clock.instant(), latest);
        ActionVersions.saveNow(em, action);
        ActionPlan plan = action.getRecommendation().getPlan();
        audit.record("Action", action.getId(), "PROGRESS_UPDATE",
                "Progress as at " + LongDate.of(report.asAt()) + " posted by " + author,
                null, ActionSnapshots.of(update));
        events.publishEvent(new ProgressUpdateRecorded(plan.getId(), action.getId(), update.getId(), author,
                report.asAt(), report.rag()));
        return update;
    }
}
