package org.oversight.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {
    Optional<Organisation> findByName(String name);

    List<Organisation> findAllByOrderByName();

    /** The organisation a form's choice names (its id as text), or empty for no choice or a choice of none. */
    default Optional<Organisation> chosen(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : findById(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
