package org.oversight.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports indicator values in one transaction, or none: new indicators are created from the
 * file's code, title, unit and polarity; a value already stored for the period is corrected,
 * keeping its previous figures. The preview checks the figures as they would then stand.
 */
@Service
public class IndicatorImport {
    static final String IMPORT_REASON = "Imported from a file";
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Clock clock;

    IndicatorImport(IndicatorRepository indicators, IndicatorValueRepository values,
                    org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        this.indicators = indicators;
        this.values = values;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(IndicatorSheet sheet) {
        Map<String, Indicator> stored = new HashMap<>();
        indicators.findAll().forEach(i -> stored.put(i.getCode(), i));
        List<String> problems = new ArrayList<>(sheet.problems());
        Set<String> codesInFile = new HashSet<>();
        sheet.rows().forEach(r -> codesInFile.add(r.code()));
        for (IndicatorRow row : sheet.rows()) {
            if (row.partOf() != null && !codesInFile.contains(row.partOf()) && !stored.containsKey(row.partOf())) {
                problems.add("Line " + row.line() + ": part_of names " + row.partOf() + ", which is neither in the file nor stored.");
            }
            if (row.code().equals(row.partOf())) {
                problems.add("Line " + row.line() + ": " + row.code() + " cannot be part of itself.");
            }
        }
        Map<String, CheckedFigure> merged = new LinkedHashMap<>();
        List<IndicatorValue> existing = values.findAllInOrder();
        existing.forEach(v -> merged.put(v.getIndicator().getCode() + " " + v.getPeriod(), CheckedFigure.of(v)));
        Set<String> storedKeys = new HashSet<>(merged.keySet());
        int corrections = 0;
        for (IndicatorRow row : sheet.rows()) {
            String key = row.code() + " " + row.period();
            corrections += storedKeys.contains(key) ? 1 : 0;
            CheckedFigure before = merged.get(key);
            CheckedFigure now = row.checked();
            merged.put(key, before == null ? now : withAccepted(now, before.accepted()));
        }
        Set<String> touched = touchedCodes(sheet.rows());
        List<IndicatorWarning> warnings = IntegrityChecks.check(merged.values()).stream()
                .filter(w -> touched.contains(w.indicator())).toList();
        long newIndicators = codesInFile.stream().filter(c -> !stored.containsKey(c)).count();
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
    public ImportPreview importRows(IndicatorSheet sheet, String by) {
        ImportPreview preview = preview(sheet);
        if (!preview.importable()) {
            return preview;
        }
        Instant now = clock.instant();
        Map<String, Indicator> byCode = new HashMap<>();
        for (IndicatorRow row : sheet.rows()) {
            byCode.computeIfAbsent(row.code(), code -> indicators.findByCode(code)
                    .orElseGet(() -> indicators.save(new Indicator(code, row.title(), row.unit(), row.polarity()))));
        }
        Map<String, IndicatorValue> existing = new HashMap<>();
        values.findAllInOrder().forEach(v -> existing.put(v.getIndicator().getCode() + " " + v.getPeriod(), v));
        List<IndicatorValue> added = new ArrayList<>();
        for (IndicatorRow row : sheet.rows()) {
            Indicator indicator = byCode.get(row.code());
            indicator.retitle(row.title() == null ? indicator.getTitle() : row.title());
            indicator.measure(row.unit(), row.polarity());
            if (row.partOf() != null) {
                Indicator total = byCode.computeIfAbsent(row.partOf(), c -> indicators.findByCode(c).orElseThrow());
                indicator.partOf(total, row.breakdown());
            }
            IndicatorValue stored = existing.get(row.code() + " " + row.period());
            if (stored == null) {
                added.add(new IndicatorValue(indicator, row.period(), row.figures(), by, now));
            } else {
                stored.correct(row.figures(), by, now, IMPORT_REASON);
            }
        }
        values.saveAll(added);
        return preview;
    }
}
