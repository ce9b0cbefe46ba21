package org.oversight.plan;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A dated progress update on an action: who, what happened, the evidence and the RAG then. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    private Action action;
    @Column(name = "as_at")
    private LocalDate asAt;
    private String author;
    private String text;
    @Enumerated(EnumType.STRING)
    private RagColour rag;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    private ActionStatus statusAfter;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "evidence_link", joinColumns = @JoinColumn(name = "update_id"))
    @OrderColumn(name = "position")
    private List<EvidenceLink> evidence = new ArrayList<>();

    protected ProgressUpdate() {
    }

    ProgressUpdate(Action action, ProgressReport report, String author, Instant recordedAt) {
        this.action = action;
        this.asAt = report.asAt();
        this.text = report.text();
        this.rag = report.rag();
        this.statusAfter = report.statusAfter();
        this.evidence.addAll(report.evidence());
        this.author = Organisation.requireText(author, "An update needs an author");
        // to the microsecond, as the database keeps it: the update compares the same before and after it is saved
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() { return id; }
    public Action getAction() { return action; }
    public LocalDate getAsAt() { return asAt; }
    public String getAuthor() { return author; }
    public String getText() { return text; }
    public RagColour getRag() { return rag; }
    public ActionStatus getStatusAfter() { return statusAfter; }
    public Instant getRecordedAt() { return recordedAt; }
    public List<EvidenceLink> getEvidence() { return List.copyOf(evidence); }
}
