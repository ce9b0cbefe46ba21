package org.oversight.sharing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SendingInstanceRepository extends JpaRepository<SendingInstance, Long> {
    Optional<SendingInstance> findByTokenHash(String tokenHash);

    Optional<SendingInstance> findByName(String name);

    List<SendingInstance> findByGroupIdIn(java.util.Collection<Long> groupIds);
}
