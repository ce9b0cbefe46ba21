package org.oversight.plan;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Each action's latest progress update on or before a date, its date and text only: what a
 * report pack prints beside every action. A stored plan's are read in two narrow queries (the
 * dates of its updates, then the texts of the latest), so a plan of thousands of actions with
 * years of monthly updates loads no update entity; a plan not yet saved is read from its
 * actions. The latest is the one with the latest date, then the one recorded last, as
 * {@link Action#latestUpdateOnOrBefore} chooses.
 */
@Component
public class LatestProgress {
    private static final int CHUNK = 1000;
    private final EntityManager em;

    /** Reads every plan from its actions' own update collections. */
    public LatestProgress() {
        this(null);
    }

    @Autowired
    LatestProgress(EntityManager em) {
        this.em = em;
    }

    /** One action's latest update: its date and its words. */
    public record Latest(LocalDate asAt, String text) {
    }

    /** The latest update of each of the plan's actions, by action; an action with none on or before the date is absent. */
    public Lookup of(ActionPlan plan, LocalDate asAt) {
        if (em == null || plan.getId() == null) {
            return action -> action.latestUpdateOnOrBefore(asAt).map(u -> new Latest(u.getAsAt(), u.getText()));
        }
        Map<Long, Object[]> newest = new HashMap<>();
        for (Object[] r : em.createQuery("select u.action.id, u.id, year(u.asAt), month(u.asAt), day(u.asAt), u.recordedAt "
                        + "from ProgressUpdate u where u.action.recommendation.plan = :plan and u.asAt <= :asAt", Object[].class)
                .setParameter("plan", plan).setParameter("asAt", asAt).getResultList()) {
            Object[] held = newest.get((Long) r[0]);
            if (held == null || later(r, held)) {
                newest.put((Long) r[0], r);
            }
        }
        Map<Long, Long> actionOf = new HashMap<>();
        newest.forEach((action, r) -> actionOf.put((Long) r[1], action));
        Map<Long, Latest> byAction = new HashMap<>();
        List<Long> ids = new ArrayList<>(actionOf.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] r : em.createQuery("select u.id, u.text from ProgressUpdate u where u.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList()) {
                Long action = actionOf.get((Long) r[0]);
                byAction.put(action, new Latest(date(newest.get(action)), (String) r[1]));
            }
        }
        return action -> Optional.ofNullable(action.getId() == null ? null : byAction.get(action.getId()));
    }

    /** Finds an action's latest update. */
    @FunctionalInterface
    public interface Lookup {
        Optional<Latest> of(Action action);
    }

    private static boolean later(Object[] r, Object[] than) {
        int byDate = date(r).compareTo(date(than));
        if (byDate != 0) {
            return byDate > 0;
        }
        Instant a = (Instant) r[5];
        Instant b = (Instant) than[5];
        return a != null && (b == null || a.isAfter(b));
    }

    private static LocalDate date(Object[] r) {
        return LocalDate.of(((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue());
    }
}
