package org.oversight.sharing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilComparatorsRepository extends JpaRepository<CouncilComparators, Long> {
}
