package org.oversight.governance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A meeting of a board: when and where, its agenda, who came, and once minuted, its minutes. */
@Entity
public class Meeting {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private Board board;
    @Column(name = "meeting_date")
    private LocalDate date;
    private LocalTime startsAt;
    private String venue;
    private LocalTime startedAt;
    private LocalTime finishedAt;
    private String declarations;
    private boolean minuted;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Attendance> attendance = new ArrayList<>();
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agendaItems = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(Board board, LocalDate date, LocalTime startsAt, String venue) {
        this.board = Objects.requireNonNull(board, "board");
        this.date = Objects.requireNonNull(date, "date");
        this.startsAt = startsAt;
        this.venue = venue;
    }

    /** Moves the meeting to another date, time or venue. */
    public void reschedule(LocalDate newDate, LocalTime newStart, String newVenue) {
        this.date = Objects.requireNonNull(newDate, "date");
        this.startsAt = newStart;
        this.venue = newVenue;
    }

    public long getVersion() { return version; }

    public AgendaItem addItem(String number, String title) {
        AgendaItem item = new AgendaItem(this, agendaItems.size(), number, title);
        agendaItems.add(item);
        return item;
    }

    public void attend(AttendanceKind kind, String name) {
        attendance.add(new Attendance(kind, name.strip()));
    }

    public void replaceAttendance(List<Attendance> lines) {
        attendance.clear();
        attendance.addAll(lines);
    }

    /** Records the minutes as taken: times, declarations of interest; the items carry the rest. */
    public void recordMinutes(LocalTime started, LocalTime finished, String declarations) {
        this.startedAt = started;
        this.finishedAt = finished;
        this.declarations = declarations;
        this.minuted = true;
    }

    public void markMinuted() { this.minuted = true; }

    public List<String> names(AttendanceKind kind) {
        return attendance.stream().filter(a -> a.getKind() == kind).map(Attendance::getName).toList();
    }

    public boolean hasExemptItems() { return agendaItems.stream().anyMatch(AgendaItem::isExempt); }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public LocalDate getDate() { return date; }
    public LocalTime getStartsAt() { return startsAt; }
    public String getVenue() { return venue; }
    public LocalTime getStartedAt() { return startedAt; }
    public LocalTime getFinishedAt() { return finishedAt; }
    public String getDeclarations() { return declarations; }
    public boolean isMinuted() { return minuted; }
    public List<Attendance> getAttendance() { return List.copyOf(attendance); }
    /** Every item, exempt or not: outputs for the public go through {@link PublicationPolicy} instead. */
    public List<AgendaItem> getAgendaItems() { return List.copyOf(agendaItems); }
}
