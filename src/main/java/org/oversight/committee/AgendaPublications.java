package org.oversight.committee;

import java.util.Optional;
import org.oversight.governance.Meeting;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored publications of agenda packs, one a meeting at most. */
interface AgendaPublications extends JpaRepository<AgendaPublication, Long> {
    Optional<AgendaPublication> findByMeeting(Meeting meeting);
}
