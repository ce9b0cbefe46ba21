package org.oversight.sharing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SendingInstanceRepository extends JpaRepository<SendingInstance, Long> {
    Optional<SendingInstance> findByTokenHash(String tokenHash);

    Optional<SendingInstance> findByName(String name);

    /** The ids of the instances that publish to any of the groups: read for every overview page, so one narrow query. */
    @Query("select i.id from SendingInstance i where i.group.id in :groups")
    List<Long> idsPublishingTo(@Param("groups") java.util.Collection<Long> groupIds);
}
