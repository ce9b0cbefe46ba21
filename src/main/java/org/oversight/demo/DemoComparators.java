package org.oversight.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.oversight.indicator.ReportingPeriod;
import org.oversight.plan.OrganisationRepository;
import org.oversight.sharing.ComparatorImport;
import org.oversight.sharing.CouncilComparators;
import org.oversight.sharing.CouncilComparatorsRepository;

/**
 * The demo's published comparator figures: the fictional sample shipped with Oversight
 * ({@code comparators/sample-comparators.csv}), its period moved to the demo's latest quarter, and
 * Kingsmead's LA code (901) and statistical neighbours.
 */
final class DemoComparators {
    static final String SAMPLE = "/comparators/sample-comparators.csv";
    static final String SAMPLE_PERIOD = "2025/26 Q2";
    private final ComparatorImport imports;
    private final CouncilComparatorsRepository councils;
    private final OrganisationRepository organisations;

    DemoComparators(ComparatorImport imports, CouncilComparatorsRepository councils, OrganisationRepository organisations) {
        this.imports = imports;
        this.councils = councils;
        this.organisations = organisations;
    }

    void load(ReportingPeriod latest) {
        imports.importFile(sample().replace(SAMPLE_PERIOD, latest.toString()), "system");
        organisations.findByName(DemoOrganisation.COUNCIL).ifPresent(kingsmead -> {
            CouncilComparators comparators = new CouncilComparators(kingsmead.getId(), "901");
            comparators.neighbours(List.of("902", "906", "907", "908", "903"));
            councils.save(comparators);
        });
    }

    static String sample() {
        try (InputStream in = DemoComparators.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
