package org.oversight.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where each of a plan's actions stands as at a date, kept for the plan's revision: what the
 * plan lists (its RAG tally) and "my actions" (each action's status and latest update) need,
 * without reading the plan's whole progress history for every request. Kept like the
 * dashboards ({@link DashboardBodies}): by plan, {@link ActionPlan#getRevision() revision} and
 * date, so a change committed by any instance is seen on the next request; a request with
 * uncommitted changes of its own is assessed afresh and keeps nothing. Bounded by the number of
 * actions kept ({@code oversight.plan.standings-cache-actions}).
 */
@Component
public class PlanStandings {
    private final Cache<Key, Standing> kept;
    private final PlanAssessor assessor;
    private final EntityManager entityManager;

    PlanStandings(@Value("${oversight.plan.standings-cache-actions:100000}") long actions, PlanAssessor assessor,
                  EntityManager entityManager) {
        this.assessor = assessor;
        this.entityManager = entityManager;
        this.kept = Caffeine.newBuilder().maximumWeight(actions).weigher((Key k, Standing s) -> Math.max(1, s.byAction().size()))
                .expireAfterAccess(Duration.ofHours(1)).build();
    }

    private record Key(long plan, long revision, LocalDate asAt) {
    }

    /**
     * A plan's standing as at a date: its tally, and each live action's status and latest update
     * date, by action id; what a recommendation's page and the plan's action table show.
     */
    public record Standing(LocalDate asAt, RagTally tally, Map<Long, StatusAssessment> byAction, Map<Long, LocalDate> lastUpdated,
                           RagColour completeColour) {
        public Standing {
            byAction = Map.copyOf(byAction);
            lastUpdated = Map.copyOf(lastUpdated);
        }

        public StatusAssessment of(Action action) {
            StatusAssessment status = byAction.get(action.getId());
            if (status == null) {
                throw new IllegalArgumentException("Action " + action.getReference() + " is not a live action of this plan");
            }
            return status;
        }

        /** Every live action's status. */
        public Collection<StatusAssessment> all() {
            return byAction.values();
        }

        /** The tally of a recommendation's live actions. */
        public RagTally tally(Recommendation recommendation) {
            return RagTally.of(recommendation.activeActions().stream().map(this::of).toList(), completeColour);
        }

        /** The date of the action's latest progress update on or before the standing's date. */
        public Optional<LocalDate> lastUpdated(Action action) {
            return Optional.ofNullable(lastUpdated.get(action.getId()));
        }
    }

    public Standing of(ActionPlan plan, LocalDate asAt) {
        if (plan.getId() == null || PlanRevisions.uncommittedChanges(entityManager)) {
            return assessed(plan, asAt);
        }
        return kept.get(new Key(plan.getId(), plan.getRevision(), asAt), k -> assessed(plan, asAt));
    }

    /**
     * The standing as at the date if one is kept for the plan's current revision; none if not
     * (nothing is assessed), or if this request has uncommitted changes of its own.
     */
    public Optional<Standing> ifKept(ActionPlan plan, LocalDate asAt) {
        if (plan.getId() == null || PlanRevisions.uncommittedChanges(entityManager)) {
            return Optional.empty();
        }
        return Optional.ofNullable(kept.getIfPresent(new Key(plan.getId(), plan.getRevision(), asAt)));
    }

    /** Each live action's status and latest update date, from the plan's facts (no action is loaded when they are kept). */
    private Standing assessed(ActionPlan plan, LocalDate asAt) {
        PlanAssessment assessment = assessor.assess(plan, asAt);
        Map<Long, StatusAssessment> byAction = new HashMap<>();
        Map<Long, LocalDate> lastUpdated = new HashMap<>();
        List<ActionFacts> facts = assessment.facts().actions();
        for (int i = 0; i < facts.size(); i++) {
            ActionFacts action = facts.get(i);
            if (action.id() != null) {
                byAction.put(action.id(), assessment.of(i));
                assessment.latestUpdateDate(action).ifPresent(d -> lastUpdated.put(action.id(), d));
            }
        }
        return new Standing(asAt, assessment.tally(), byAction, lastUpdated, plan.getCompleteColour());
    }
}
