package org.oversight.sharing;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReceivedStandingRepository extends JpaRepository<ReceivedStanding, Long> {
    /** The standings the instances sent as at the date or before, the latest of each plan last. */
    @Query("select s from ReceivedStanding s where s.instance.id in ?1 and s.asAt <= ?2 order by s.asAt")
    List<ReceivedStanding> findUpTo(Collection<Long> instanceIds, java.time.LocalDate asAt);

    @Query("select distinct s.region from ReceivedStanding s where s.instance.id in ?1 and s.region is not null")
    List<String> regionsOf(Collection<Long> instanceIds);

    @Modifying
    @Query("delete from ReceivedStanding s where s.instance = ?1")
    void deleteFrom(SendingInstance instance);
}
