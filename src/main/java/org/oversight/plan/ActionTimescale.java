package org.oversight.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.oversight.timescale.TimescaleKind;

/** An action's timescale as the officer wrote it and as Oversight read it. */
@Embeddable
public class ActionTimescale {
    @Column(name = "timescale_text")
    private String text;
    @Enumerated(EnumType.STRING)
    @Column(name = "timescale_kind")
    private TimescaleKind kind;
    @Column(name = "timescale_note")
    private String note;
    @Column(name = "recurrence")
    private String recurrence;

    protected ActionTimescale() {
    }

    public ActionTimescale(String text, TimescaleKind kind, String recurrence, String note) {
        this.text = text;
        this.kind = kind == null ? TimescaleKind.UNKNOWN : kind;
        this.recurrence = recurrence;
        this.note = note;
    }

    static ActionTimescale missing() {
        return new ActionTimescale(null, TimescaleKind.UNKNOWN, null, null);
    }

    public boolean isReadable() { return kind != TimescaleKind.UNKNOWN; }
    public String getText() { return text; }
    public TimescaleKind getKind() { return kind; }
    public String getNote() { return note; }
    public String getRecurrence() { return recurrence; }
}
