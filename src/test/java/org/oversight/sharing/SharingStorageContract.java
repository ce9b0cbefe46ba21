package org.oversight.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups, their members and what is shared with them, as the database keeps and finds them: a
 * council finds the groups it belongs to, and a group what is shared with it now, not what was
 * withdrawn.
 */
@Transactional
abstract class SharingStorageContract {
    @Autowired
    private TestEntityManager entities;
    @Autowired
    private SharingGroupRepository groups;
    @Autowired
    private SharedItemRepository items;
    private Organisation northshire;
    private SharingGroup north;
    private SharingGroup national;

    @BeforeEach
    void twoGroups() {
        northshire = entities.persist(new Organisation("Northshire County Council", OrganisationKind.COUNCIL));
        Organisation southshire = entities.persist(new Organisation("Southshire County Council", OrganisationKind.COUNCIL));
        north = new SharingGroup("North region", GroupKind.REGION);
        north.admit(northshire.getId());
        national = new SharingGroup("National", GroupKind.NATIONAL);
        national.admit(northshire.getId());
        national.admit(southshire.getId());
        SharingGroup south = new SharingGroup("South region", GroupKind.REGION);
        south.admit(southshire.getId());
        groups.saveAll(List.of(north, national, south));
        entities.flush();
    }

    @Test
    @DisplayName("should find the groups a council is a member of, by name, and no other")
    void groupsOfACouncil() {
        entities.clear();
        assertThat(groups.findWithMember(northshire.getId())).extracting(SharingGroup::getName)
                .containsExactly("National", "North region");
    }

    @Test
    @DisplayName("should find what is shared with a group now, leaving out what was withdrawn")
    void liveShares() {
        ActionPlan plan = entities.persist(new ActionPlan("Northshire plan", northshire, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
        SharedItem withRegion = items.save(SharedItem.plan(northshire.getId(), plan.getId(), north, "alex", Instant.EPOCH));
        SharedItem withNation = items.save(SharedItem.indicators(northshire.getId(), List.of("CSC-01", "CSC-02"), national,
                "alex", Instant.EPOCH));
        withRegion.withdraw("alex", Instant.EPOCH.plusSeconds(60));
        entities.flush();
        entities.clear();

        assertThat(items.findByGroupIdAndWithdrawnAtIsNull(north.getId())).isEmpty();
        assertThat(items.findByGroupIdAndWithdrawnAtIsNull(national.getId())).singleElement()
                .satisfies(i -> assertThat(i.indicatorCodes()).containsExactly("CSC-01", "CSC-02"));
        assertThat(items.findById(withRegion.getId()).orElseThrow().getWithdrawnBy()).isEqualTo("alex");
        assertThat(items.findByOrganisationIdOrderBySharedAtDesc(northshire.getId())).hasSize(2);
        assertThat(withNation.isLive()).isTrue();
    }
}
