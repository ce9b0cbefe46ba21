package org.oversight.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Something read from a plan, kept for the plan's {@link ActionPlan#getRevision() revision}: a
 * change committed by any instance moves the revision, so the next request reads the plan again;
 * a request with uncommitted changes of its own reads it afresh and keeps nothing (no one else may
 * see them yet). Bounded by a total weight (for example the actions kept); kept an hour unread.
 */
public final class RevisionKept<V> {
    private final Cache<Key, V> kept;
    private final EntityManager entityManager;
    private final Function<ActionPlan, V> read;

    private record Key(long plan, long revision) {
    }

    public RevisionKept(long maximumWeight, ToIntFunction<V> weight, EntityManager entityManager, Function<ActionPlan, V> read) {
        this.entityManager = entityManager;
        this.read = read;
        this.kept = Caffeine.newBuilder().maximumWeight(maximumWeight).weigher((Key k, V v) -> Math.max(1, weight.applyAsInt(v)))
                .expireAfterAccess(Duration.ofHours(1)).build();
    }

    public V of(ActionPlan plan) {
        if (plan.getId() == null || PlanRevisions.uncommittedChanges(entityManager)) {
            return read.apply(plan);
        }
        return kept.get(new Key(plan.getId(), plan.getRevision()), k -> read.apply(plan));
    }
}
