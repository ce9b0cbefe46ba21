package org.oversight.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Indicators by code. What someone sees is chosen in the query: an organisation's indicators
 * and those of none ({@link #reachedBy}), never every indicator the instance holds filtered here.
 */
public interface IndicatorRepository extends JpaRepository<Indicator, Long> {
    /** The indicator with this code among the organisation's (null: among those of none). */
    @Query("select i from Indicator i where i.code = ?1 and i.organisationKey = coalesce(?2, 0)")
    Optional<Indicator> findByCodeWithin(String code, Long organisationId);

    List<Indicator> findAllByOrderByCode();

    /** The indicators owned by any of the names (a username, or a lead's name), by code. */
    List<Indicator> findByOwnerInOrderByCode(java.util.Collection<String> owners);

    @Query("select i from Indicator i where i.organisationId = ?1 or i.organisationId is null order by i.code, i.id")
    List<Indicator> findWithinReachOf(long organisationId);

    /** The indicators of one organisation (null: of none), by code: the totals one of them may be part of. */
    @Query("select i from Indicator i where i.organisationKey = coalesce(?1, 0) order by i.code")
    List<Indicator> findOfOrganisation(Long organisationId);

    /** The indicators within reach of someone of the organisation (null: of none, who reaches every one), by code. */
    default List<Indicator> reachedBy(Long organisationId) {
        return organisationId == null ? findAllByOrderByCode() : findWithinReachOf(organisationId);
    }

    List<Indicator> findByPartOfOrderByCode(Indicator total);

    @Query("select distinct i from Indicator i join i.linkedActions a where a in ?1")
    List<Indicator> findLinkedTo(Collection<Long> actionIds);
}
