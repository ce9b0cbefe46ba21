package org.oversight.sharing;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.oversight.plan.RagColour;
import org.oversight.plan.RagTally;

/** One shared plan's standing as at one date, as another instance published it. */
@Entity
@Table(name = "received_standing")
class ReceivedStanding {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "instance_id")
    private SendingInstance instance;
    private String council;
    private String region;
    @Column(name = "plan_key")
    private String planKey;
    @Column(name = "plan_title")
    private String planTitle;
    private String inspection;
    @Column(name = "inspection_date")
    private LocalDate inspectionDate;
    @Column(name = "as_at")
    private LocalDate asAt;
    @Column(name = "red_count")
    private int red;
    @Column(name = "amber_count")
    private int amber;
    @Column(name = "green_count")
    private int green;
    @Column(name = "complete_count")
    private int complete;
    @Column(name = "total_count")
    private int total;
    @Enumerated(EnumType.STRING)
    @Column(name = "complete_colour")
    private RagColour completeColour;
    @Column(name = "overdue_count")
    private int overdue;
    @Column(name = "moved_twice_count")
    private int movedTwice;
    @Column(name = "last_round")
    private LocalDate lastRound;
    @Enumerated(EnumType.STRING)
    private Trend trend;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected ReceivedStanding() {
    }

    ReceivedStanding(SendingInstance instance, PublishedStandings.Council council, PublishedStandings.Plan plan,
                     PublishedStandings.Standing standing, Instant receivedAt) {
        this.instance = instance;
        this.council = council.name();
        this.region = council.region();
        this.planKey = plan.key();
        this.planTitle = plan.title();
        this.inspection = plan.inspection();
        this.inspectionDate = plan.inspectionDate();
        this.asAt = standing.asAt();
        this.red = standing.red();
        this.amber = standing.amber();
        this.green = standing.green();
        this.complete = standing.complete();
        this.total = standing.total();
        this.completeColour = standing.completeColour();
        this.overdue = standing.overdue();
        this.movedTwice = standing.movedTwice();
        this.lastRound = standing.lastRound();
        this.trend = standing.trend();
        this.receivedAt = receivedAt;
    }

    /** The row the overview shows for this standing, looked at as at the date. */
    OverviewRow row(LocalDate lookedAt) {
        Map<RagColour, Integer> counts = new EnumMap<>(RagColour.class);
        counts.put(RagColour.RED, red);
        counts.put(RagColour.AMBER, amber);
        counts.merge(RagColour.GREEN, green, Integer::sum);
        if (completeColour != RagColour.GREEN) {
            counts.put(completeColour, complete);
        }
        return new OverviewRow(0, council, region, 0, planTitle, inspection, inspectionDate,
                new RagTally(counts, total, completeColour), overdue, movedTwice, lastRound,
                lastRound == null ? null : ChronoUnit.DAYS.between(lastRound, lookedAt), trend,
                instance.getName(), receivedAt);
    }

    SendingInstance getInstance() { return instance; }
    String getCouncil() { return council; }
    String getRegion() { return region; }
    String getPlanKey() { return planKey; }
    LocalDate getAsAt() { return asAt; }
}
