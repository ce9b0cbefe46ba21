package org.oversight.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {
    Optional<Organisation> findByName(String name);

    List<Organisation> findAllByOrderByName();

    /** The organisations' names, as id and name pairs, in one narrow query. */
    @Query("select o.id, o.name from Organisation o where o.id in :ids")
    List<Object[]> namesOf(@Param("ids") Collection<Long> ids);

    /** The organisations' names by id. */
    default Map<Long, String> namesById(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            namesOf(ids).forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    /** The organisation a form's choice names (its id as text), or empty for no choice or a choice of none. */
    default Optional<Organisation> chosen(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : findById(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
