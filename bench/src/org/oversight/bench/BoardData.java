package org.oversight.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;

/**
 * One council's six boards, named as every council's are ("Corporate parenting panel") and
 * belonging to the council, with ten members each and three years of meetings every six weeks:
 * attendance, six agenda items with a decision each, two follow-ups and a work programme item
 * per meeting, and each board monitoring the council's first plan.
 */
final class BoardData {
    static final int BOARDS = 6;
    static final int YEARS = 3;
    private static final String[] KINDS = {"SCRUTINY_COMMITTEE", "CORPORATE_PARENTING_PANEL", "SAFEGUARDING_PARTNERSHIP",
        "CHILDRENS_TRUST", "EXECUTIVE", "DIRECTORATE_TEAM"};
    private static final String[] ROLES = {"CHAIR", "VICE_CHAIR", "VOTING_MEMBER", "VOTING_MEMBER", "VOTING_MEMBER",
        "VOTING_MEMBER", "CO_OPTEE", "CARER_REPRESENTATIVE", "SUBSTITUTE", "SUPPORTING_OFFICER"};

    private final Rows rows;
    private final Ids ids;
    private final Random random;
    private final LocalDate today;

    BoardData(Rows rows, Ids ids, Random random, LocalDate today) {
        this.rows = rows;
        this.ids = ids;
        this.random = random;
        this.today = today;
    }

    static void tables(Rows rows) throws SQLException {
        rows.table("board", "id", "name", "kind", "version", "organisation_id", "organisation_key");
        rows.table("board_member", "id", "board_id", "position", "name", "member_role", "username");
        rows.table("meeting", "id", "board_id", "meeting_date", "starts_at", "venue", "started_at", "finished_at", "minuted", "version");
        rows.table("meeting_attendance", "meeting_id", "position", "attendance", "name");
        rows.table("agenda_item", "id", "meeting_id", "position", "item_number", "title", "purpose", "lead_officer",
                "exempt", "minute_number", "summary");
        rows.table("decision", "id", "agenda_item_id", "position", "kind", "text");
        rows.table("follow_up", "id", "board_id", "meeting_id", "minute_number", "request", "owner", "due_date", "status",
                "evidence", "closed_on", "closed_by", "exempt", "version");
        rows.table("work_programme_item", "id", "board_id", "title", "planned_for", "plan_id", "status", "proposed", "version");
        rows.table("monitoring_cadence", "id", "board_id", "plan_id", "starts_on", "first_interval", "first_count", "then_interval");
    }

    void write(Council council, long firstPlan) throws SQLException {
        for (int b = 0; b < BOARDS; b++) {
            long board = ids.next("board");
            String name = KINDS[b].substring(0, 1) + KINDS[b].substring(1).toLowerCase().replace('_', ' ');
            rows.add("board", board, name, KINDS[b], 0L, council.organisation(), council.organisation());
            for (int m = 0; m < ROLES.length; m++) {
                rows.add("board_member", ids.next("board_member"), board, m, "Member " + (m + 1) + ", " + council.name(), ROLES[m],
                        m == 0 && b == 0 ? council.code() + "-viewer" : null);
            }
            rows.add("monitoring_cadence", ids.next("monitoring_cadence"), board, firstPlan, today.minusYears(YEARS),
                    "P1M", 3, "P3M");
            int number = 0;
            for (LocalDate date = today.minusYears(YEARS).plusDays(b); date.isBefore(today.plusMonths(3)); date = date.plusWeeks(6)) {
                meeting(council, board, date, ++number, firstPlan);
            }
        }
    }

    private void meeting(Council council, long board, LocalDate date, int number, long plan) throws SQLException {
        long meeting = ids.next("meeting");
        boolean held = date.isBefore(today);
        rows.add("meeting", meeting, board, date, LocalTime.of(14, 0), "Council chamber", held ? LocalTime.of(14, 2) : null,
                held ? LocalTime.of(16, 10) : null, held, 0L);
        rows.add("work_programme_item", ids.next("work_programme_item"), board, "Improvement plan progress", date, plan,
                "PLANNED", false, 0L);
        if (!held) {
            return;
        }
        for (int a = 0; a < 8; a++) {
            rows.add("meeting_attendance", meeting, a, a < 6 ? "PRESENT" : "APOLOGIES", "Member " + (a + 1) + ", " + council.name());
        }
        for (int i = 0; i < 6; i++) {
            long item = ids.next("agenda_item");
            String minute = number + "/" + (i + 1);
            rows.add("agenda_item", item, meeting, i, Integer.toString(i + 1), Text.phrase(random, 5), Text.sentence(random, 12),
                    "Director of children's services", i == 5 && number % 4 == 0, minute, Text.sentence(random, 80));
            rows.add("decision", ids.next("decision"), item, 0, i % 2 == 0 ? "NOTED" : "RESOLVED", Text.sentence(random, 20));
        }
        for (int f = 0; f < 2; f++) {
            LocalDate due = date.plusWeeks(6);
            boolean closed = due.isBefore(today);
            rows.add("follow_up", ids.next("follow_up"), board, meeting, number + "/" + (f + 1), Text.sentence(random, 15),
                    "Head of service " + (f + 1), due, closed ? "CLOSED" : "OPEN", closed ? Text.sentence(random, 10) : null,
                    closed ? due : null, closed ? council.manager() : null, false, 0L);
        }
    }
}
