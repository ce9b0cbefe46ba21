package org.oversight.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo data a route's path variables are filled from: an action the council lead holds
 * and the NHS lead does not, with progress updates, and its recommendation and plan. A variable
 * takes the kind of the path segment before it ({@code /plans/{id}} a plan, {@code /actions/{id}}
 * an action); a new kind of route adds its kind here.
 */
record DemoIds(long plan, long recommendation, long action, long update, long account, long actionVersion,
               java.util.Map<String, Long> others, java.util.Map<String, Long> organisations) {
    private static final Pattern VARIABLE = Pattern.compile("/([a-z0-9-]+)/\\{([A-Za-z]+)}");

    static DemoIds from(JdbcTemplate jdbc) {
        long action = jdbc.queryForObject("""
                select min(al.action_id) from action_lead al join lead l on l.id = al.lead_id
                where l.held_by = 'lead'
                and exists (select 1 from progress_update u where u.action_id = al.action_id)
                and al.action_id not in (select al2.action_id from action_lead al2 join lead l2 on l2.id = al2.lead_id
                                         where l2.held_by = 'nhslead')""", Long.class);
        long recommendation = jdbc.queryForObject("select recommendation_id from plan_action where id = ?", Long.class,
                action);
        long plan = jdbc.queryForObject("select plan_id from recommendation where id = ?", Long.class, recommendation);
        long update = jdbc.queryForObject("select min(id) from progress_update where action_id = ?", Long.class, action);
        long account = jdbc.queryForObject("select id from account where username = 'viewer'", Long.class);
        long version = jdbc.queryForObject("select version from plan_action where id = ?", Long.class, action);
        java.util.Map<String, Long> others = new java.util.HashMap<>();
        others.put("boards", first(jdbc, "select min(id) from board"));
        others.put("meetings", first(jdbc, "select min(id) from meeting"));
        others.put("follow-ups", first(jdbc, "select min(id) from follow_up where status <> 'CLOSED'"));
        others.put("indicators", first(jdbc, "select min(id) from indicator"));
        others.put("values", first(jdbc, "select min(id) from indicator_value"));
        others.put("rounds", first(jdbc, "select max(id) from update_round"));
        others.put("reports", first(jdbc, "select min(id) from report_pack"));
        others.put("links", action);
        others.put("committee-reports", first(jdbc, "select min(id) from committee_report"));
        others.put("clearances", first(jdbc, "select min(id) from committee_report_clearance"));
        others.put("appendices", first(jdbc, "select min(id) from committee_report_appendix"));
        others.put("members", first(jdbc, "select min(id) from board_member where board_id = (select min(id) from board)"));
        others.put("adviser-group", first(jdbc, "select group_id from account where username = 'adviser'"));
        others.put("work-programme", first(jdbc, "select min(id) from work_programme_item where status <> 'REMOVED'"));
        java.util.Map<String, Long> organisations = new java.util.HashMap<>();
        jdbc.query("select username, organisation_id from account where organisation_id is not null",
                row -> { organisations.put(row.getString(1), row.getLong(2)); });
        return new DemoIds(plan, recommendation, action, update, account, version, others, organisations);
    }

    /** The organisation the demo account belongs to, or null. */
    Long organisationOf(String username) {
        return organisations.get(username);
    }

    private static long first(JdbcTemplate jdbc, String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        return id == null ? 999_999L : id;
    }

    /** The path with each variable replaced by the id of its kind. */
    String fill(String template) {
        Matcher matcher = VARIABLE.matcher(template.replace(".{ext}", ".pdf"));
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, "/" + matcher.group(1) + "/" + idFor(matcher.group(1), template));
        }
        matcher.appendTail(path);
        if (path.indexOf("{") >= 0) {
            throw new IllegalStateException("No demo id for a variable in " + template + ": add its kind to DemoIds");
        }
        return path.toString();
    }

    private String idFor(String segment, String template) {
        return switch (segment) {
            case "plans" -> String.valueOf(plan);
            case "recommendations" -> String.valueOf(recommendation);
            case "actions" -> String.valueOf(action);
            case "updates" -> String.valueOf(update);
            case "accounts" -> String.valueOf(account);
            case "authorization", "code" -> "organisation";
            case "boards", "meetings", "follow-ups", "indicators", "values", "rounds", "reports", "links", "work-programme",
                 "members", "committee-reports", "clearances", "appendices" ->
                    String.valueOf(others.get(segment));
            default -> throw new IllegalStateException("No demo id for /" + segment + "/{...} in " + template
                    + ": add its kind to DemoIds");
        };
    }
}
