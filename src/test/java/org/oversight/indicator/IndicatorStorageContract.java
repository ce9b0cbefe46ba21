package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.testing.StorageRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

/** Indicators, values, corrections, accepted warnings and whole imports survive storage unchanged. */
@Transactional
abstract class IndicatorStorageContract {
    @Autowired TestEntityManager entities;
    @Autowired IndicatorRepository indicators;
    @Autowired IndicatorValueRepository values;
    @Autowired IndicatorImport importer;

    @Test
    @DisplayName("should keep an indicator, its breakdown parent and its values with comparators, corrections and accepted warnings")
    void keepsIndicatorsAndValues() {
        Indicator total = indicators.save(new Indicator("LAC 5", "Children looked after", Unit.COUNT, Polarity.NONE));
        Indicator part = indicators.save(new Indicator("LAC 5a", "In borough", Unit.COUNT, Polarity.NONE)
                .partOf(total, "placement location").reportedBy("Head of Performance", "quarterly").tolerate(new BigDecimal("2.5")));
        IndicatorValue value = new IndicatorValue(part, ReportingPeriod.parse("2017/18 Q2"),
                new Figures(null, null, new BigDecimal("190"), null, new BigDecimal("180.5"), new BigDecimal("175"),
                        List.of(new OtherComparator("Region", new BigDecimal("170"))), "Explained"), "lead", Instant.parse("2026-01-01T10:00:00Z"));
        value.correct(new Figures(null, null, new BigDecimal("191"), null, null, null, List.of(), "Recounted"),
                "manager", Instant.parse("2026-02-01T10:00:00Z"), "One child missed");
        value.acceptWarning("SUM_MISMATCH", "Timing of the snapshot", "manager", Instant.parse("2026-02-02T10:00:00Z"));
        values.save(value);
        entities.flush();
        entities.clear();

        IndicatorValue stored = values.findByIndicatorOrderByPeriodEnd(indicators.findByCodeWithin("LAC 5a", null).orElseThrow()).get(0);
        assertThat(stored.getPeriod()).isEqualTo(ReportingPeriod.quarter(2017, 2));
        assertThat(stored.getValue()).isEqualByComparingTo("191");
        assertThat(stored.getIndicator().getPartOf().getCode()).isEqualTo("LAC 5");
        assertThat(stored.getIndicator().getBreakdown()).isEqualTo("placement location");
        assertThat(stored.getIndicator().getTolerance()).isEqualByComparingTo("2.5");
        assertThat(stored.getCorrections()).singleElement().satisfies(c -> {
            assertThat(c.getPreviousValue()).isEqualByComparingTo("190");
            assertThat(c.getReason()).isEqualTo("One child missed");
        });
        assertThat(stored.hasAccepted("SUM_MISMATCH")).isTrue();
        assertThat(CheckedFigure.of(stored).accepted()).containsExactly("SUM_MISMATCH");
    }

    @Test
    @DisplayName("should keep links to plan actions by id and find indicators by the actions they measure")
    void keepsLinks() {
        Indicator indicator = indicators.save(new Indicator("EH 1", "Early help", Unit.PERCENT, Polarity.HIGHER));
        assertThat(indicators.findLinkedTo(List.of(1L))).isEmpty();
        assertThat(indicator.getLinkedActions()).isEmpty();
    }

    @Test
    @DisplayName("should import a whole file, or nothing at all when one row is wrong")
    void importsAllOrNothing() {
        String header = String.join(",", IndicatorRow.COLUMNS) + "\n";
        IndicatorSheet bad = IndicatorCsv.read(header + "A 1,A,count,none,2016,,,5,,,,,,c\nA 2,B,count,none,2016,,,x,,,,,,c\n");
        assertThat(importer.importRows(bad, "test", null).importable()).isFalse();
        IndicatorSheet orphan = IndicatorCsv.read(header + "A 1,A,count,none,2016,,,5,,,,NOPE,b,c\n");
        assertThat(importer.importRows(orphan, "test", null).problems()).singleElement().asString().contains("NOPE");
        assertThat(indicators.count()).isZero();

        IndicatorSheet good = IndicatorCsv.read(header + "T 1,Total,count,none,2016,,,5,,,,,,c\n"
                + "P 1,Part,count,none,2016,,,3,,,,T 1,b,c\nP 2,Part,count,none,2016,,,1,,,,T 1,b,c\n");
        ImportPreview done = importer.importRows(good, "test", null);
        assertThat(done.warnings()).extracting(IndicatorWarning::code).containsExactly("SUM_MISMATCH");
        assertThat(values.count()).isEqualTo(3);
        assertThat(indicators.findByCodeWithin("P 1", null).orElseThrow().getPartOf().getCode()).isEqualTo("T 1");

        ImportPreview again = importer.importRows(IndicatorCsv.read(header + "P 2,Part,count,none,2016,,,2,,,,T 1,b,c\n"), "test", null);
        assertThat(again.warnings()).isEmpty();
        assertThat(again.corrections()).isEqualTo(1);
        assertThat(values.findByIndicatorOrderByPeriodEnd(indicators.findByCodeWithin("P 2", null).orElseThrow()).get(0).getCorrections())
                .singleElement().satisfies(c -> assertThat(c.getReason()).isEqualTo(IndicatorImport.IMPORT_REASON));
    }

    @Test
    @DisplayName("should import an export of every column back into the same indicators and values, as CSV and as Excel")
    void exportImportsBackTheSame() throws Exception {
        Indicator total = indicators.save(new Indicator("LAC 5", "Children looked after", Unit.COUNT, Polarity.NONE)
                .define("Children looked after at the end of the period", null, null).reportedBy("Head of Children in Care", "quarterly"));
        Indicator part = indicators.save(new Indicator("LAC 5a", "Placed out of county, more than 20 miles", Unit.COUNT, Polarity.LOWER)
                .partOf(total, "placement location").tolerate(new BigDecimal("2")));
        Indicator health = indicators.save(new Indicator("LAC 1", "Initial health assessments within 20 working days",
                Unit.PERCENT, Polarity.HIGHER).define("Assessments in time", "Assessed within 20 days", "Came into care")
                .reportedBy("nhslead", "monthly").tolerate(new BigDecimal("2.5")));
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        values.save(new IndicatorValue(total, ReportingPeriod.parse("2017/18 Q2"), new Figures(null, null,
                new BigDecimal("312"), null, new BigDecimal("290.5"), null, List.of(), "Rising with new arrivals, \"unaccompanied\""), "m", at));
        values.save(new IndicatorValue(part, ReportingPeriod.parse("2017/18 Q2"), Figures.of(new BigDecimal("41"))
                .withTarget(new BigDecimal("35")), "m", at));
        values.save(new IndicatorValue(health, ReportingPeriod.parse("2017-03-31"), new Figures(new BigDecimal("31"),
                new BigDecimal("44"), new BigDecimal("70.5"), new BigDecimal("90"), new BigDecimal("61"), new BigDecimal("58.4"),
                List.of(new OtherComparator("North West", new BigDecimal("63.2")), new OtherComparator("Core cities", new BigDecimal("60"))),
                "=late returns"), "m", at));
        entities.flush();
        IndicatorExport export = new IndicatorExport(values);
        String csv = export.csv(List.of(), null);
        byte[] xlsx = export.xlsx(List.of(), null);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith(String.join(",", IndicatorRow.COLUMNS) + ",other_comparators,owner");

        for (IndicatorSheet file : List.of(IndicatorCsv.read(csv), IndicatorWorkbook.read(new java.io.ByteArrayInputStream(xlsx)))) {
            values.deleteAll();
            indicators.findAll().forEach(i -> i.partOf(null, null));
            entities.flush();
            indicators.deleteAll();
            entities.flush();
            entities.clear();
            assertThat(importer.importRows(file, "test", null).importable()).isTrue();
            entities.flush();
            entities.clear();

            assertThat(export.csv(List.of(), null)).isEqualTo(csv);
            Indicator back = indicators.findByCodeWithin("LAC 1", null).orElseThrow();
            assertThat(back.getOwner()).isEqualTo("nhslead");
            assertThat(back.getFrequency()).isEqualTo("monthly");
            assertThat(back.getTolerance()).isEqualByComparingTo("2.5");
            assertThat(back.getNumeratorDefinition()).isEqualTo("Assessed within 20 days");
            assertThat(values.findByIndicatorOrderByPeriodEnd(back).get(0).getOthers())
                    .extracting(OtherComparator::name).containsExactly("North West", "Core cities");
            assertThat(indicators.findByCodeWithin("LAC 5a", null).orElseThrow().getPartOf().getCode()).isEqualTo("LAC 5");
        }
    }

    @Test
    @DisplayName("should record no correction when a file repeats the stored figures with other decimal places")
    void repeatsAreNotCorrections() {
        String header = String.join(",", IndicatorRow.COLUMNS) + "\n";
        importer.importRows(IndicatorCsv.read(header + "A 1,A,percent,higher,2016,1,4,25,60,,,,,c\n"), "test", null);
        importer.importRows(IndicatorCsv.read(header + "A 1,A,percent,higher,2016,1.0,4.00,25.0,60.0,,,,,c\n"), "test", null);
        entities.flush();
        entities.clear();

        assertThat(values.findAll()).singleElement().satisfies(v -> assertThat(v.getCorrections()).isEmpty());
    }

    private static final String CSV_HEADER = String.join(",", IndicatorRow.COLUMNS) + "\n";

    private long organisation(String name) {
        return entities.persist(new Organisation(name, OrganisationKind.COUNCIL)).getId();
    }

    private Indicator csc01(Long organisation) {
        return indicators.save(new Indicator("CSC-01", "Children in need per 10,000", Unit.RATE, Polarity.NONE)
                .belongTo(organisation));
    }

    @Test
    @DisplayName("should let two councils each have an indicator with the national code CSC-01, beside one of no organisation")
    void codesAreUniquePerOrganisation() {
        long a = organisation("Council A");
        long b = organisation("Council B");
        csc01(a);
        csc01(b);
        csc01(null);
        entities.flush();
        entities.clear();

        assertThat(indicators.findByCodeWithin("CSC-01", a).orElseThrow().getOrganisationId()).isEqualTo(a);
        assertThat(indicators.findByCodeWithin("CSC-01", b).orElseThrow().getOrganisationId()).isEqualTo(b);
        assertThat(indicators.findByCodeWithin("CSC-01", null).orElseThrow().getOrganisationId()).isNull();
    }

    @Test
    @DisplayName("should refuse a second CSC-01 in the same council")
    void refusesACodeTwiceInOneOrganisation() {
        long a = organisation("Council A");
        csc01(a);
        entities.flush();

        assertThat(StorageRefusal.of(() -> {
            csc01(a);
            entities.flush();
        })).contains("uk_indicator_code");
    }

    @Test
    @DisplayName("should refuse a second CSC-01 among the indicators of no organisation")
    void refusesACodeTwiceWithoutOrganisation() {
        csc01(null);
        entities.flush();

        assertThat(StorageRefusal.of(() -> {
            csc01(null);
            entities.flush();
        })).contains("uk_indicator_code");
    }

    @Test
    @DisplayName("should list, check and export for someone of council A only A's indicators and those of none; for someone of none, all")
    void readsWithinReach() {
        long a = organisation("Council A");
        long b = organisation("Council B");
        importer.importRows(IndicatorCsv.read(CSV_HEADER + "CSC-01,Rate,rate,lower,2025/26 Q1,,,10,,,,,,\n"), "a", a);
        importer.importRows(IndicatorCsv.read(CSV_HEADER + "CSC-01,Rate,rate,lower,2025/26 Q1,,,20,,,,,,\n"), "b", b);
        importer.importRows(IndicatorCsv.read(CSV_HEADER + "NAT-1,Shared,rate,lower,2025/26 Q1,,,30,,,,,,\n"), "x", null);
        entities.flush();
        entities.clear();

        assertThat(indicators.reachedBy(a)).extracting(Indicator::getOrganisationId).containsOnly(a, null).hasSize(2);
        assertThat(indicators.reachedBy(null)).hasSize(3);
        assertThat(values.forChecksReachedBy(a)).extracting(IndicatorValue::getValue)
                .usingElementComparator(java.math.BigDecimal::compareTo).containsExactlyInAnyOrder(new BigDecimal("10"), new BigDecimal("30"));
        assertThat(values.exportedFor(List.of("CSC-01"), b)).singleElement()
                .satisfies(v -> assertThat(v.getValue()).isEqualByComparingTo("20"));
        assertThat(IndicatorChecks.byIndicator(values.forChecksReachedBy(null))).hasSize(3);
    }

    @Test
    @DisplayName("should import a council's CSC-01 as its own, and a code of no organisation as a new one of its own, leaving that one unchanged")
    void importsIntoTheOrganisation() {
        long a = organisation("Council A");
        long b = organisation("Council B");
        importer.importRows(IndicatorCsv.read(CSV_HEADER + "CSC-01,Rate,rate,lower,2025/26 Q1,,,20,,,,,,\n"), "b", b);
        importer.importRows(IndicatorCsv.read(CSV_HEADER + "NAT-1,Shared,rate,lower,2025/26 Q1,,,30,,,,,,\n"), "x", null);

        ImportPreview preview = importer.importRows(IndicatorCsv.read(CSV_HEADER
                + "CSC-01,Rate,rate,lower,2025/26 Q1,,,10,,,,,,\nNAT-1,Shared,rate,lower,2025/26 Q1,,,31,,,,,,\n"), "a", a);
        entities.flush();
        entities.clear();

        assertThat(preview.newIndicators()).isEqualTo(2);
        assertThat(preview.corrections()).isZero();
        assertThat(indicators.findByCodeWithin("CSC-01", a)).isPresent();
        assertThat(values.findByIndicatorOrderByPeriodEnd(indicators.findByCodeWithin("CSC-01", b).orElseThrow()))
                .singleElement().satisfies(v -> assertThat(v.getValue()).isEqualByComparingTo("20"));
        assertThat(indicators.findByCodeWithin("NAT-1", a)).isPresent();
        assertThat(values.findByIndicatorOrderByPeriodEnd(indicators.findByCodeWithin("NAT-1", null).orElseThrow()))
                .singleElement().satisfies(v -> assertThat(v.getValue()).isEqualByComparingTo("30"));
    }
}
