package org.oversight.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A RAG chosen by an accountable officer instead of the proposed one, with the reason. */
@Embeddable
public class RagOverride {
    @Enumerated(EnumType.STRING)
    @Column(name = "override_rag")
    private RagColour colour;
    @Column(name = "override_reason")
    private String reason;
    @Column(name = "override_by")
    private String by;
    @Column(name = "override_at")
    private Instant at;

    protected RagOverride() {
    }

    RagOverride(RagColour colour, String reason, String by, Instant at) {
        this.colour = colour;
        this.reason = reason;
        this.by = by;
        this.at = at;
    }

    public RagColour getColour() { return colour; }
    public String getReason() { return reason; }
    public String getBy() { return by; }
    public Instant getAt() { return at; }
}
