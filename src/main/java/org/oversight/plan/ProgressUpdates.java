package org.oversight.plan;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting a progress update on an action, for the web form and the API alike. The poster says
 * which version of the action they saw; if it has changed since, nothing is recorded and
 * {@link ActionChangedMeanwhile} says who changed it and what. Permission is the caller's to check
 * with {@link PlanAccess#canUpdate}.
 */
@Service
public class ProgressUpdates {
    private final ActionRepository actions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ProgressUpdates(ActionRepository actions, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.actions = actions;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * Records the update and returns it; the action's version moves on.
     *
     * @param expectedVersion the action version the poster loaded; null skips the check
     * @throws PlanItemNotFound if there is no such action
     * @throws ActionChangedMeanwhile if the action's version is no longer the expected one
     */
    @Transactional
    public ProgressUpdate post(long actionId, Long expectedVersion, ProgressReport report, String author) {
        Action action = actions.findById(actionId).filter(a -> !a.isArchived())
                .orElseThrow(() -> PlanItemNotFound.action(actionId));
        if (expectedVersion != null && expectedVersion != action.getVersion()) {
            throw new ActionChangedMeanwhile(actionId, action.getReference(), action.getVersion(), LastChange.of(action));
        }
        ProgressUpdate update = action.recordProgress(report, author, clock.instant());
        actions.saveAndFlush(action);
        events.publishEvent(new ProgressUpdateRecorded(actionId, update.getId(), update.getAuthor(),
                update.getAsAt(), update.getRag()));
        return update;
    }
}
