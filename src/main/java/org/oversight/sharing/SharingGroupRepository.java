package org.oversight.sharing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SharingGroupRepository extends JpaRepository<SharingGroup, Long> {
    Optional<SharingGroup> findByName(String name);

    List<SharingGroup> findAllByOrderByName();

    /** The name of each group of the kind and each of its members, as name and organisation id pairs, by group name. */
    @Query("select g.name, m from SharingGroup g join g.members m where g.kind = :kind order by g.name")
    List<Object[]> membersOfKind(@Param("kind") GroupKind kind);

    @Query("select g from SharingGroup g where :organisation member of g.members order by g.name")
    List<SharingGroup> findWithMember(@Param("organisation") Long organisation);
}
