package org.oversight.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.LocalDate;
import org.oversight.governance.Meeting;

/** The clerk published the meeting's agenda pack on this day (with the reason for urgency when it was late). */
@Entity
class AgendaPublication {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;
    private LocalDate publishedOn;
    private String publishedBy;
    private String urgencyReason;

    protected AgendaPublication() {
    }

    AgendaPublication(Meeting meeting, LocalDate publishedOn, String publishedBy, String urgencyReason) {
        this.meeting = meeting;
        this.publishedOn = publishedOn;
        this.publishedBy = publishedBy;
        this.urgencyReason = urgencyReason;
    }

    LocalDate getPublishedOn() { return publishedOn; }

    String getPublishedBy() { return publishedBy; }

    String getUrgencyReason() { return urgencyReason; }
}
