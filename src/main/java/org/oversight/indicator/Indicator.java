package org.oversight.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;

/**
 * A measure the board watches: its code ("NI 9" or a local code), what it counts, which way is
 * good, how often it is reported and who owns it. A part of a breakdown names the total it is
 * part of and the breakdown's label ("placement location", "time band").
 */
@Entity
public class Indicator {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_ids")
    @SequenceGenerator(name = "indicator_ids", sequenceName = "indicator_ids", allocationSize = 50)
    private Long id;
    private String code;
    private String title;
    private String definition;
    @Enumerated(EnumType.STRING)
    private Unit unit;
    @Enumerated(EnumType.STRING)
    private Polarity polarity;
    private String frequency = "quarterly";
    private String owner;
    private String numeratorDefinition;
    private String denominatorDefinition;
    @ManyToOne
    @JoinColumn(name = "part_of_id")
    private Indicator partOf;
    private String breakdown;
    private BigDecimal tolerance;
    @Column(name = "organisation_id")
    private Long organisationId;
    /** The organisation's id, or 0 for none: what the code is unique within. */
    @Column(name = "organisation_key")
    private long organisationKey;
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "indicator_action_link", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "action_id")
    private Set<Long> linkedActions = new LinkedHashSet<>();
    @Version
    private long version;

    protected Indicator() {
    }

    public Indicator(String code, String title, Unit unit, Polarity polarity) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("An indicator needs a code");
        }
        this.code = code.strip();
        retitle(title);
        measure(unit, polarity);
    }

    /** Gives the indicator a new code; values keep belonging to it. */
    public void recode(String newCode) {
        if (newCode == null || newCode.isBlank()) {
            throw new IllegalArgumentException("An indicator needs a code");
        }
        this.code = newCode.strip();
    }

    public void retitle(String newTitle) {
        this.title = newTitle == null || newTitle.isBlank() ? code : newTitle.strip();
    }

    public void measure(Unit newUnit, Polarity newPolarity) {
        this.unit = newUnit;
        this.polarity = newPolarity;
    }

    /** What the indicator means and how its figures are made up. */
    public Indicator define(String meaning, String numerator, String denominator) {
        this.definition = meaning;
        this.numeratorDefinition = numerator;
        this.denominatorDefinition = denominator;
        return this;
    }

    public Indicator reportedBy(String newOwner, String newFrequency) {
        this.owner = newOwner;
        this.frequency = newFrequency == null ? "quarterly" : newFrequency;
        return this;
    }

    /**
     * Makes the indicator one organisation's (null: the whole instance's); its code is then
     * unique among that organisation's indicators.
     */
    public Indicator belongTo(Long organisation) {
        this.organisationId = organisation;
        this.organisationKey = organisation == null ? 0 : organisation;
        return this;
    }

    /** Makes this indicator one part of the total's breakdown under the given label. */
    public Indicator partOf(Indicator total, String breakdownLabel) {
        if (total == this) {
            throw new IllegalArgumentException("An indicator cannot be part of itself");
        }
        if (total != null && total.organisationKey != organisationKey) {
            throw new IllegalArgumentException("A part of a breakdown belongs to the same organisation as its total");
        }
        this.partOf = total;
        this.breakdown = total == null ? null : breakdownLabel;
        return this;
    }

    /** How far from target, in the indicator's own unit, still counts as within tolerance. */
    public Indicator tolerate(BigDecimal margin) {
        this.tolerance = margin;
        return this;
    }

    public void linkAction(long actionId) {
        linkedActions.add(actionId);
    }

    public void unlinkAction(long actionId) {
        linkedActions.remove(actionId);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getDefinition() { return definition; }
    public Unit getUnit() { return unit; }
    public Polarity getPolarity() { return polarity; }
    public String getFrequency() { return frequency; }
    public String getOwner() { return owner; }
    public String getNumeratorDefinition() { return numeratorDefinition; }
    public String getDenominatorDefinition() { return denominatorDefinition; }
    public Indicator getPartOf() { return partOf; }
    public String getBreakdown() { return breakdown; }
    public BigDecimal getTolerance() { return tolerance == null ? BigDecimal.ZERO : tolerance; }
    public Set<Long> getLinkedActions() { return Set.copyOf(linkedActions); }
    public long getVersion() { return version; }
    /** The organisation the indicator belongs to, or null when it belongs to none. */
    public Long getOrganisationId() { return organisationId; }
}
