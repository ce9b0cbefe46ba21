package org.oversight.indicator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports indicator values in one transaction, or none: new indicators are created from the
 * file's code, title, unit and polarity; a value already stored for the period is corrected,
 * keeping its previous figures. The preview checks the figures as they would then stand.
 * Someone of an organisation imports into its indicators only: a code names the organisation's
 * indicator (never one of none, which they may read but not change); new indicators belong to
 * the organisation (a new part of a breakdown to its total's). Someone of none imports into the
 * indicators of none. What is stored
 * is read once, in two queries, for those indicators only, and new rows are sent in JDBC batches.
 */
@Service
public class IndicatorImport {
    static final String IMPORT_REASON = "Imported from a file";
    static final int BATCH = 100;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    IndicatorImport(IndicatorRepository indicators, IndicatorValueRepository values, ObjectProvider<Clock> clock) {
        this.indicators = indicators;
        this.values = values;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** What importing the sheet as someone of the organisation (null: of none) would do; nothing is saved. */
    @Transactional(readOnly = true)
    public ImportPreview preview(IndicatorSheet sheet, Long organisationId) {
        return preview(sheet, Stored.load(indicators, values, organisationId), organisationId);
    }

    private ImportPreview preview(IndicatorSheet sheet, Stored stored, Long organisationId) {
        List<String> problems = new ArrayList<>(sheet.problems());
        Set<String> codesInFile = new HashSet<>();
        sheet.rows().forEach(r -> codesInFile.add(r.code()));
        for (IndicatorRow row : sheet.rows()) {
            if (row.partOf() != null && !codesInFile.contains(row.partOf()) && !stored.indicators.containsKey(row.partOf())) {
                problems.add("Line " + row.line() + ": part_of names " + row.partOf() + ", which is neither in the file nor stored.");
            }
            if (row.code().equals(row.partOf())) {
                problems.add("Line " + row.line() + ": " + row.code() + " cannot be part of itself.");
            }
            Indicator part = stored.indicators.get(row.code());
            Indicator total = row.partOf() == null ? null : stored.indicators.get(row.partOf());
            Long totalOwner = total == null ? organisationId : total.getOrganisationId();
            if (part != null && row.partOf() != null && !Objects.equals(part.getOrganisationId(), totalOwner)) {
                problems.add("Line " + row.line() + ": " + row.code() + " and its total " + row.partOf()
                        + " belong to different organisations; a part belongs to its total's.");
            }
        }
        Map<String, CheckedFigure> merged = new LinkedHashMap<>();
        stored.values.forEach((key, v) -> merged.put(key, CheckedFigure.of(v)));
        int corrections = 0;
        for (IndicatorRow row : sheet.rows()) {
            String key = Stored.key(row.code(), row.period());
            CheckedFigure before = merged.get(key);
            corrections += stored.values.containsKey(key) ? 1 : 0;
            CheckedFigure now = row.checked();
            merged.put(key, before == null ? now : withAccepted(now, before.accepted()));
        }
        Set<String> touched = touchedCodes(sheet.rows());
        List<IndicatorWarning> warnings = IntegrityChecks.check(merged.values()).stream()
                .filter(w -> touched.contains(w.indicator())).toList();
        long newIndicators = codesInFile.stream().filter(c -> !stored.indicators.containsKey(c)).count();
        return new ImportPreview(sheet.rows(), problems, warnings, (int) newIndicators,
                sheet.rows().size() - corrections, corrections);
    }

    private static CheckedFigure withAccepted(CheckedFigure f, Set<String> accepted) {
        return new CheckedFigure(f.code(), f.unit(), f.period(), f.numerator(), f.denominator(), f.value(), f.target(),
                f.commentary(), f.partOf(), f.breakdown(), accepted);
    }

    private static Set<String> touchedCodes(List<IndicatorRow> rows) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> {
            codes.add(r.code());
            if (r.partOf() != null) {
                codes.add(r.partOf());
            }
        });
        return codes;
    }

    /** Saves the rows if the preview finds no problems; returns the preview either way. */
    @Transactional
    public ImportPreview importRows(IndicatorSheet sheet, String by, Long organisationId) {
        Stored stored = Stored.load(indicators, values, organisationId);
        ImportPreview preview = preview(sheet, stored, organisationId);
        if (!preview.importable()) {
            return preview;
        }
        entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH);
        Instant now = clock.instant();
        Map<String, Indicator> byCode = stored.indicators;
        for (IndicatorRow row : sheet.rows()) {
            if (!byCode.containsKey(row.code())) {
                Indicator total = row.partOf() == null ? null : byCode.get(row.partOf());
                byCode.put(row.code(), persist(new Indicator(row.code(), row.title(), row.unit(), row.polarity())
                        .belongTo(total == null ? organisationId : total.getOrganisationId())));
            }
        }
        for (IndicatorRow row : sheet.rows()) {
            Indicator indicator = byCode.get(row.code());
            indicator.retitle(row.title() == null ? indicator.getTitle() : row.title());
            indicator.measure(row.unit(), row.polarity());
            row.definition().applyTo(indicator);
            if (row.partOf() != null) {
                indicator.partOf(byCode.get(row.partOf()), row.breakdown());
            }
            IndicatorValue value = stored.values.get(Stored.key(row.code(), row.period()));
            if (value == null) {
                persist(new IndicatorValue(indicator, row.period(), row.figures(), by, now));
            } else {
                value.correct(row.figures(), by, now, IMPORT_REASON);
            }
        }
        return preview;
    }

    private <T> T persist(T entity) {
        entityManager.persist(entity);
        return entity;
    }

    /**
     * The indicators a code in the file may name and their values stored before the import, by
     * code and by code and period: the organisation's (for someone of none: those of none).
     */
    private record Stored(Map<String, Indicator> indicators, Map<String, IndicatorValue> values) {
        static Stored load(IndicatorRepository indicators, IndicatorValueRepository values, Long organisationId) {
            List<Long> keys = List.of(organisationId == null ? 0L : organisationId);
            List<IndicatorValue> stored = values.findForChecksOwnedBy(keys);
            Map<String, Indicator> byCode = new HashMap<>();
            indicators.findOfOrganisation(organisationId).forEach(i -> byCode.put(i.getCode(), i));
            Map<String, IndicatorValue> byKey = new LinkedHashMap<>();
            stored.stream().filter(v -> byCode.get(v.getIndicator().getCode()) == v.getIndicator())
                    .forEach(v -> byKey.put(key(v.getIndicator().getCode(), v.getPeriod()), v));
            return new Stored(byCode, byKey);
        }

        static String key(String code, ReportingPeriod period) {
            return code + "\u0000" + period;
        }
    }
}
