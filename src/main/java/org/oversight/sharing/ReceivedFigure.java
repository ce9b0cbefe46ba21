package org.oversight.sharing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

/** One indicator figure a council of another instance shares with the group, as that instance published it. */
@Entity
@Table(name = "received_figure")
class ReceivedFigure {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "instance_id")
    private SendingInstance instance;
    private String council;
    @Column(name = "la_code")
    private String laCode;
    @Column(name = "indicator_code")
    private String indicatorCode;
    private String period;
    private BigDecimal figure;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected ReceivedFigure() {
    }

    ReceivedFigure(SendingInstance instance, String council, String laCode, PublishedStandings.Figure figure,
                   Instant receivedAt) {
        this.instance = instance;
        this.council = council;
        this.laCode = laCode;
        this.indicatorCode = figure.code();
        this.period = figure.period();
        this.figure = figure.value();
        this.receivedAt = receivedAt;
    }

    SendingInstance getInstance() { return instance; }
    String getCouncil() { return council; }
    String getLaCode() { return laCode; }
    BigDecimal getFigure() { return figure; }
    Instant getReceivedAt() { return receivedAt; }
}
