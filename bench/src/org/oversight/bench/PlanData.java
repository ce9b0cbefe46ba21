package org.oversight.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One council's action plans: workstreams, recommendations, actions with their leads,
 * dependencies and deadline changes, a progress update on every action every month, and the
 * closed update rounds with their snapshots.
 */
final class PlanData {
    static final int PLANS = 3;
    static final int WORKSTREAMS = 5;
    static final int RECOMMENDATIONS = 30;
    /** The one plan of the council kept for timing a large report pack: 300 recommendations, 3,000 actions. */
    static final int LARGE_RECOMMENDATIONS = 300;
    static final int ACTIONS_PER_RECOMMENDATION = 10;
    static final int MONTHS = 24;
    private static final String[] STATUS = {"NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "WAITING"};
    private static final String[] RAG = {"GREEN", "GREEN", "GREEN", "AMBER", "AMBER", "RED"};
    private static final String[] PRIORITY = {"HIGH", "MEDIUM", "LOW"};

    private final Rows rows;
    private final Ids ids;
    private final Random random;
    private final LocalDate start;
    private final List<LocalDate> rounds = new ArrayList<>();
    private final List<Long> planIds = new ArrayList<>();
    private final List<String> recommendations = new ArrayList<>();

    PlanData(Rows rows, Ids ids, Random random, LocalDate today) {
        this.rows = rows;
        this.ids = ids;
        this.random = random;
        this.start = today.withDayOfMonth(1).minusMonths(MONTHS);
        for (int m = 0; m < MONTHS; m++) {
            rounds.add(start.plusMonths(m + 1).minusDays(1));
        }
    }

    static void tables(Rows rows) throws SQLException {
        rows.table("action_plan", "id", "title", "source", "source_date", "owner_id", "period_start", "period_end",
                "update_cadence", "complete_colour", "published", "archived", "version");
        rows.table("rag_legend_entry", "plan_id", "position", "colour", "meaning");
        rows.table("progress_round", "plan_id", "as_at");
        rows.table("workstream", "id", "plan_id", "number", "title", "lead_id", "key_aim", "position");
        rows.table("key_deliverable", "workstream_id", "position", "number", "text");
        rows.table("recommendation", "id", "plan_id", "workstream_id", "number", "text", "theme", "response",
                "responsibility", "position", "archived", "version");
        rows.table("plan_action", "id", "recommendation_id", "reference", "description", "outcomes", "measures",
                "priority", "start_date", "timescale_text", "timescale_kind", "original_due", "due_date", "status",
                "completed_on", "position", "archived", "version");
        rows.table("action_lead", "action_id", "lead_id", "position");
        rows.table("action_dependency", "id", "action_id", "kind", "target_action_id");
        rows.table("deadline_change", "id", "action_id", "previous_due", "new_due", "agreed_by", "reason",
                "changed_by", "changed_at");
        rows.table("progress_update", "id", "action_id", "as_at", "author", "text", "rag", "status_after", "recorded_at");
        rows.table("evidence_link", "update_id", "position", "label", "url");
        rows.table("update_round", "id", "plan_id", "as_at", "due_on", "opened_at", "closed_at", "closed_by", "version");
        rows.table("round_snapshot_entry", "round_id", "position", "action_id", "reference", "rag", "proposed",
                "status", "headline", "updated");
    }

    /** Writes the council's plans; returns every action id, plan by plan. */
    List<List<Long>> write(Council council) throws SQLException {
        return write(council, PLANS, RECOMMENDATIONS);
    }

    /** Writes {@code plans} plans of {@code recs} recommendations of ten actions; returns every action id, plan by plan. */
    List<List<Long>> write(Council council, int plans, int recs) throws SQLException {
        List<List<Long>> actions = new ArrayList<>();
        for (int p = 1; p <= plans; p++) {
            long plan = ids.next("action_plan");
            planIds.add(plan);
            rows.add("action_plan", plan, "Improving children's services, plan " + p + " (" + council.name() + ")",
                    "Ofsted inspection of local authority children's services", start.minusMonths(2), council.organisation(),
                    start, start.plusMonths(36).minusDays(1), "P1M", "GREEN", p == 1, false, 0L);
            int position = 0;
            for (String[] legend : new String[][] {{"RED", "Not on track"}, {"AMBER", "Some delay"}, {"GREEN", "On track"}, {"BLUE", "Complete"}}) {
                rows.add("rag_legend_entry", plan, position++, legend[0], legend[1]);
            }
            for (LocalDate round : rounds) {
                rows.add("progress_round", plan, round);
            }
            long[] workstreams = new long[WORKSTREAMS];
            for (int w = 0; w < WORKSTREAMS; w++) {
                workstreams[w] = ids.next("workstream");
                rows.add("workstream", workstreams[w], plan, Integer.toString(w + 1), "Workstream " + (w + 1) + ": " + Text.phrase(random, 6),
                        council.lead(random), Text.sentence(random, 25), w);
                rows.add("key_deliverable", workstreams[w], 0, (w + 1) + ".1", Text.sentence(random, 15));
                rows.add("key_deliverable", workstreams[w], 1, (w + 1) + ".2", Text.sentence(random, 15));
            }
            List<Long> planActions = new ArrayList<>();
            for (int r = 1; r <= recs; r++) {
                long rec = ids.next("recommendation");
                recommendations.add(plan + ":" + rec);
                rows.add("recommendation", rec, plan, workstreams[(r - 1) % WORKSTREAMS], Integer.toString(r), Text.sentence(random, 40),
                        Text.phrase(random, 2), Text.sentence(random, 30), r % 7 == 0 ? "PARTNER" : "OURS", r, false, 0L);
                for (int a = 1; a <= ACTIONS_PER_RECOMMENDATION; a++) {
                    planActions.add(action(council, rec, r + "." + a, a, planActions));
                }
            }
            rounds(plan, planActions);
            actions.add(planActions);
        }
        return actions;
    }

    List<Long> planIds() {
        return planIds;
    }

    /** Every recommendation written, as "plan id:recommendation id". */
    List<String> recommendations() {
        return recommendations;
    }

    private long action(Council council, long rec, String reference, int position, List<Long> earlier) throws SQLException {
        long id = ids.next("plan_action");
        LocalDate due = start.plusMonths(3 + random.nextInt(33)).withDayOfMonth(1).minusDays(1);
        boolean done = due.isBefore(rounds.get(MONTHS - 1)) && random.nextInt(10) < 8;
        String status = done ? "COMPLETE" : STATUS[random.nextInt(STATUS.length)];
        rows.add("plan_action", id, rec, reference, Text.sentence(random, 35), Text.sentence(random, 25), Text.sentence(random, 15),
                PRIORITY[random.nextInt(3)], start, "By " + due, "DATE", due, due, status, done ? due.minusDays(5) : null,
                position, false, 0L);
        rows.add("action_lead", id, council.lead(random), 0);
        if (random.nextInt(3) == 0) {
            rows.add("action_lead", id, council.partnerLead(random), 1);
        }
        if (!earlier.isEmpty() && random.nextInt(20) == 0) {
            rows.add("action_dependency", ids.next("action_dependency"), id, "ACTION", earlier.get(random.nextInt(earlier.size())));
        }
        if (random.nextInt(10) == 0) {
            rows.add("deadline_change", ids.next("deadline_change"), id, due.minusMonths(3), due, "Improvement board",
                    Text.sentence(random, 12), council.manager(), due.minusMonths(4).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        for (int m = 0; m < MONTHS; m++) {
            LocalDate asAt = rounds.get(m);
            long update = ids.next("progress_update");
            boolean complete = done && !asAt.isBefore(due.minusDays(5));
            rows.add("progress_update", update, id, asAt, council.leadName(random), Text.sentence(random, 30),
                    complete ? "BLUE" : RAG[random.nextInt(RAG.length)], complete ? "COMPLETE" : "IN_PROGRESS",
                    asAt.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC));
            if (random.nextInt(6) == 0) {
                rows.add("evidence_link", update, 0, "Audit report " + m, "https://example.org/evidence/" + update);
            }
        }
        return id;
    }

    private void rounds(long plan, List<Long> actions) throws SQLException {
        for (LocalDate asAt : rounds) {
            long round = ids.next("update_round");
            rows.add("update_round", round, plan, asAt, asAt.plusDays(7), asAt.minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC),
                    asAt.plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC), "Plan manager", 1L);
            for (int i = 0; i < actions.size(); i++) {
                String rag = RAG[random.nextInt(RAG.length)];
                rows.add("round_snapshot_entry", round, i, actions.get(i), "A" + i, rag, rag, "IN_PROGRESS",
                        "Progress reported", true);
            }
        }
    }
}
