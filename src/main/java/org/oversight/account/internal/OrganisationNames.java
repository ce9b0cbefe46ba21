package org.oversight.account.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organisations accounts may belong to, read straight from table {@code organisation} (the
 * plans feature keeps them): for the select on the new account form, the accounts list, and the
 * organisation named for people who sign in with an organisation's identity provider.
 */
@Component
public class OrganisationNames {
    private final JdbcTemplate jdbc;

    OrganisationNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every organisation's name by its id, in name order. */
    public Map<Long, String> all() {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.query("select id, name from organisation order by name",
                row -> { names.put(row.getLong("id"), row.getString("name")); });
        return names;
    }

    public Optional<String> nameOf(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        List<String> names = jdbc.queryForList("select name from organisation where id = ?", String.class, id);
        return names.stream().findFirst();
    }

    public Optional<Long> idOf(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.queryForList("select id from organisation where name = ?", Long.class, name.strip());
        return ids.stream().findFirst();
    }
}
