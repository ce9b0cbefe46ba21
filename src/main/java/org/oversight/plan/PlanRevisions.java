package org.oversight.plan;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;

/**
 * Moves a plan's revision on (to the next value of the database sequence {@code plan_revision},
 * and always forwards, so no plan shows two different states under one revision) in the same transaction as any change to the plan or to what is
 * shown with it, whoever makes the change: a page, the API, an import from the command line.
 * Hibernate reports every row written; the plans they belong to are bumped just before the
 * transaction commits (in id order, so two transactions never wait on each other's plans), and a
 * transaction that rolls back bumps nothing. Because the revision is in the database, every
 * instance of the application sees it move as soon as the change is committed, which is what
 * lets a page be kept between requests ({@link DashboardBodies}).
 *
 * <p>Registered with Hibernate itself (through {@code META-INF/services}), so no session of the
 * application, or of its tests, writes without it. Writes that bypass Hibernate (a restore into
 * an empty database) are not seen.
 */
public class PlanRevisions implements Integrator, PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener, PostCollectionRecreateEventListener, PostCollectionUpdateEventListener,
        PostCollectionRemoveEventListener {

    /** What a written row points at, and how the database finds the plans behind it. */
    enum Touched {
        PLAN("select id from action_plan where id in "),
        WORKSTREAM("select plan_id from workstream where id in "),
        RECOMMENDATION("select plan_id from recommendation where id in "),
        ACTION("select r.plan_id from plan_action a join recommendation r on r.id = a.recommendation_id where a.id in "),
        UPDATE("select r.plan_id from progress_update u join plan_action a on a.id = u.action_id"
                + " join recommendation r on r.id = a.recommendation_id where u.id in "),
        ROUND("select plan_id from update_round where id in "),
        LEAD("select r.plan_id from action_lead l join plan_action a on a.id = l.action_id"
                + " join recommendation r on r.id = a.recommendation_id where l.lead_id in "),
        LEAD_OF_WORKSTREAM("select plan_id from workstream where lead_id in "),
        ORGANISATION("select id from action_plan where owner_id in ");

        private final String query;

        Touched(String query) {
            this.query = query;
        }
    }

    private static final int IDS_PER_QUERY = 500;
    /** The rows each open session has written and not yet committed, by session (of any session factory). */
    private static final Map<SharedSessionContractImplementor, Pending> PENDING = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Whether the session behind the entity manager holds changes it has not committed: a page
     * rendered from them shows what no other reader may see yet (and may never, if they roll back).
     */
    public static boolean uncommittedChanges(EntityManager entityManager) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        return PENDING.containsKey(session) || session.isDirty();
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        written(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        written(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        written(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionWritten(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionWritten(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collectionWritten(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** A row was written: the plan is found through the row's parent, which outlives the row. */
    private void written(Object entity, SharedSessionContractImplementor session) {
        if (entity instanceof ActionPlan p) {
            touch(session, Touched.PLAN, p.getId());
        } else if (entity instanceof Workstream w) {
            touch(session, Touched.PLAN, idOf(w.getPlan()));
        } else if (entity instanceof Recommendation r) {
            touch(session, Touched.PLAN, idOf(r.getPlan()));
        } else if (entity instanceof UpdateRound r) {
            touch(session, Touched.PLAN, idOf(r.getPlan()));
        } else if (entity instanceof Action a) {
            touch(session, Touched.RECOMMENDATION, idOf(a.getRecommendation()));
        } else if (entity instanceof ProgressUpdate u) {
            touch(session, Touched.ACTION, idOf(u.getAction()));
        } else if (entity instanceof ActionDependency d) {
            touch(session, Touched.ACTION, idOf(d.getAction()));
        } else if (entity instanceof DeadlineChange c) {
            touch(session, Touched.ACTION, idOf(c.action()));
        } else if (entity instanceof Lead l) {
            touch(session, Touched.LEAD, l.getId());
            touch(session, Touched.LEAD_OF_WORKSTREAM, l.getId());
        } else if (entity instanceof Organisation o) {
            touch(session, Touched.ORGANISATION, o.getId());
        }
    }

    /** One of an entity's collections was written (the legend, an action's leads, a round's snapshot...). */
    private void collectionWritten(AbstractCollectionEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        Long id = event.getAffectedOwnerIdOrNull() instanceof Long l ? l : null;
        if (owner instanceof ActionPlan) {
            touch(event.getSession(), Touched.PLAN, id);
        } else if (owner instanceof Workstream) {
            touch(event.getSession(), Touched.WORKSTREAM, id);
        } else if (owner instanceof Recommendation) {
            touch(event.getSession(), Touched.RECOMMENDATION, id);
        } else if (owner instanceof Action) {
            touch(event.getSession(), Touched.ACTION, id);
        } else if (owner instanceof ProgressUpdate) {
            touch(event.getSession(), Touched.UPDATE, id);
        } else if (owner instanceof UpdateRound) {
            touch(event.getSession(), Touched.ROUND, id);
        }
    }

    private static Long idOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof HibernateProxy proxy) {
            return (Long) proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        if (entity instanceof ActionPlan p) {
            return p.getId();
        }
        if (entity instanceof Recommendation r) {
            return r.getId();
        }
        if (entity instanceof Action a) {
            return a.getId();
        }
        return null;
    }

    private void touch(SharedSessionContractImplementor session, Touched what, Long id) {
        if (id == null) {
            return;
        }
        PENDING.computeIfAbsent(session, s -> {
            Pending p = new Pending();
            s.getTransactionCompletionCallbacks().registerCallback(p);
            s.getTransactionCompletionCallbacks().registerCallback(p.forgetting(s));
            return p;
        }).add(what, id);
    }

    /** The rows one transaction wrote, by what they point at; bumps their plans before it commits. */
    private static final class Pending implements BeforeTransactionCompletionProcess {
        private final Map<Touched, Set<Long>> ids = new EnumMap<>(Touched.class);

        void add(Touched what, long id) {
            ids.computeIfAbsent(what, k -> new TreeSet<>()).add(id);
        }

        AfterTransactionCompletionProcess forgetting(SharedSessionContractImplementor session) {
            return (success, s) -> PENDING.remove(session);
        }

        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
            Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
            String next = session.getJdbcServices().getDialect().getSequenceSupport().getSelectSequenceNextValString("plan_revision");
            try {
                bump(connection, plans(connection), next);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not move the plans' revisions on", e);
            }
        }

        private Set<Long> plans(Connection connection) throws SQLException {
            Set<Long> plans = new TreeSet<>();
            for (Map.Entry<Touched, Set<Long>> e : ids.entrySet()) {
                List<Long> all = new ArrayList<>(e.getValue());
                for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
                    List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
                    String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                    try (PreparedStatement query = connection.prepareStatement(e.getKey().query + "(" + marks + ")")) {
                        for (int i = 0; i < chunk.size(); i++) {
                            query.setLong(i + 1, chunk.get(i));
                        }
                        try (ResultSet rows = query.executeQuery()) {
                            while (rows.next()) {
                                plans.add(rows.getLong(1));
                            }
                        }
                    }
                }
            }
            return plans;
        }

        private static void bump(Connection connection, Set<Long> plans, String nextRevision) throws SQLException {
            if (plans.isEmpty()) {
                return;
            }
            // never backwards, even where a restore has set the sequence back below the restored revisions
            try (PreparedStatement update = connection.prepareStatement(
                    "update action_plan set revision = greatest(revision + 1, " + nextRevision + ") where id = ?")) {
                for (long plan : plans) {
                    update.setLong(1, plan);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }
}
