package org.oversight.sharing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SharedItemRepository extends JpaRepository<SharedItem, Long> {
    List<SharedItem> findByGroupIdAndWithdrawnAtIsNull(long groupId);

    List<SharedItem> findByOrganisationIdOrderBySharedAtDesc(long organisationId);

    List<SharedItem> findByPlanIdAndWithdrawnAtIsNull(long planId);
}
