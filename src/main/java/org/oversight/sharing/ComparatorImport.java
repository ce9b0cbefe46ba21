package org.oversight.sharing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports published comparator figures, all or nothing: a file with any error writes nothing; a
 * file without errors adds its figures and restates those already held (with a warning where a
 * figure or an authority's name changes). The import is on the audit trail.
 */
@Service
@Transactional
public class ComparatorImport {
    private final ComparatorFigureRepository figures;
    private final AuditTrail audit;
    private final Clock clock;

    ComparatorImport(ComparatorFigureRepository figures, AuditTrail audit, Clock clock) {
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the file and says what importing it would do, writing nothing. */
    @Transactional(readOnly = true)
    public ComparatorReading preview(String csv) {
        ComparatorReading reading = ComparatorCsv.read(csv);
        return reading.hasErrors() ? reading : withChanges(reading, held(reading));
    }

    /** Imports the file when it has no error; returns what was read, with the changes to held figures as warnings. */
    public ComparatorReading importFile(String csv, String by) {
        ComparatorReading reading = preview(csv);
        if (reading.hasErrors()) {
            return reading;
        }
        Map<String, ComparatorFigure> held = held(reading);
        long first = Long.MAX_VALUE;
        for (ComparatorRow row : reading.rows()) {
            ComparatorFigure figure = held.get(key(row.laCode(), row.indicator(), row.period()));
            if (figure == null) {
                figure = figures.save(new ComparatorFigure(row.laCode(), row.laName(), row.indicator(), row.period(),
                        row.value(), by, clock.instant()));
            } else {
                figure.restate(row.laName(), row.value(), by, clock.instant());
            }
            first = Math.min(first, figure.getId());
        }
        if (reading.rows().isEmpty()) {
            return reading;
        }
        // Recorded against the first figure the file wrote, with how many it wrote in all.
        audit.record("ComparatorFigure", first, "IMPORT", "Imported " + reading.rows().size() + " published comparator figures",
                null, Map.of("figures", reading.rows().size(), "warnings", reading.warnings().size()));
        return reading;
    }

    private Map<String, ComparatorFigure> held(ComparatorReading reading) {
        List<String> codes = reading.rows().stream().map(ComparatorRow::indicator).distinct().toList();
        List<String> periods = reading.rows().stream().map(ComparatorRow::period).distinct().toList();
        Map<String, ComparatorFigure> held = new HashMap<>();
        if (!codes.isEmpty()) {
            figures.findByIndicatorCodeInAndPeriodIn(codes, periods)
                    .forEach(f -> held.put(key(f.getLaCode(), f.getIndicatorCode(), f.getPeriod()), f));
        }
        return held;
    }

    private static ComparatorReading withChanges(ComparatorReading reading, Map<String, ComparatorFigure> held) {
        List<ComparatorProblem> warnings = new ArrayList<>(reading.warnings());
        for (ComparatorRow row : reading.rows()) {
            ComparatorFigure before = held.get(key(row.laCode(), row.indicator(), row.period()));
            if (before != null && before.getFigure().compareTo(row.value()) != 0) {
                warnings.add(new ComparatorProblem(row.row(), "value", "RESTATED", row.laName() + "'s " + row.indicator()
                        + " for " + row.period() + " was " + before.getFigure().stripTrailingZeros().toPlainString()
                        + "; it becomes " + row.value().toPlainString()));
            }
            if (before != null && !before.getLaName().equals(row.laName())) {
                warnings.add(new ComparatorProblem(row.row(), "la name", "NAME_CHANGED", "LA " + row.laCode() + " was called "
                        + before.getLaName() + "; it becomes " + row.laName()));
            }
        }
        return new ComparatorReading(reading.rows(), reading.errors(), warnings);
    }

    private static String key(String laCode, String indicator, String period) {
        return laCode + "|" + indicator + "|" + period;
    }
}
