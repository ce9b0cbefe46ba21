package org.oversight.sharing;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a council compares itself with: its own code in the published tables (LA code) and its
 * statistical neighbours, in order, by LA code. Edited by the council's plan managers.
 */
@Entity
@Table(name = "council_code")
public class CouncilComparators {
    @Id
    @Column(name = "organisation_id")
    private Long organisationId;
    @Column(name = "la_code")
    private String laCode;
    @ElementCollection
    @CollectionTable(name = "statistical_neighbour", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    @Column(name = "la_code")
    private List<String> neighbours = new ArrayList<>();

    protected CouncilComparators() {
    }

    public CouncilComparators(long organisationId, String laCode) {
        this.organisationId = organisationId;
        recode(laCode);
    }

    public void recode(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A council needs its LA code");
        }
        this.laCode = code.strip();
    }

    /** Replaces the statistical neighbours, in the order given. */
    public void neighbours(List<String> codes) {
        neighbours.clear();
        codes.stream().map(String::strip).filter(c -> !c.isEmpty() && !c.equals(laCode)).distinct().forEach(neighbours::add);
    }

    public Long getOrganisationId() { return organisationId; }
    public String getLaCode() { return laCode; }
    public List<String> getNeighbours() { return List.copyOf(neighbours); }
}
