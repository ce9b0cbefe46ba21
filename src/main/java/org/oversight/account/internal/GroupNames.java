package org.oversight.account.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The groups an adviser may advise (a region, "National", an improvement partnership), read
 * straight from table {@code sharing_group} (the sharing feature keeps them): for the group's
 * select on the new account form and the check of what was chosen.
 */
@Component
class GroupNames {
    private final JdbcTemplate jdbc;

    GroupNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every group's name by its id, in name order. */
    Map<Long, String> all() {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.query("select id, name from sharing_group order by name",
                row -> { names.put(row.getLong("id"), row.getString("name")); });
        return names;
    }

    Optional<String> nameOf(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        List<String> names = jdbc.queryForList("select name from sharing_group where id = ?", String.class, id);
        return names.stream().findFirst();
    }
}
