package org.oversight.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadRepository extends JpaRepository<Lead, Long> {
    Optional<Lead> findByKindAndName(LeadKind kind, String name);

    List<Lead> findAllByOrderByName();

    List<Lead> findByHeldBy(String username);
}
