package org.oversight.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of the attendance block: who, and whether present, apologising, substituting or in attendance. */
@Embeddable
public class Attendance {
    @Enumerated(EnumType.STRING)
    @Column(name = "attendance")
    private AttendanceKind kind;
    private String name;

    protected Attendance() {
    }

    public Attendance(AttendanceKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public AttendanceKind getKind() { return kind; }
    public String getName() { return name; }
}
