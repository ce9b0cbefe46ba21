package org.oversight.indicator;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a set of indicators' values in the indicator values format, as CSV or Excel. */
@Service
public class IndicatorExport {
    private final IndicatorValueRepository values;

    IndicatorExport(IndicatorValueRepository values) {
        this.values = values;
    }

    /**
     * The rows of the named indicators, or of all when none are named, within reach of someone
     * of the organisation (null: of none, who reaches every indicator); by code, then period.
     */
    @Transactional(readOnly = true)
    public List<IndicatorRow> rows(Collection<String> codes, Long organisationId) {
        List<IndicatorValue> chosen = values.exportedFor(codes, organisationId);
        return chosen.stream()
                .sorted(java.util.Comparator.comparing((IndicatorValue v) -> v.getIndicator().getCode()).thenComparing(IndicatorValue::getPeriod))
                .map(IndicatorExport::row).toList();
    }

    public String csv(Collection<String> codes, Long organisationId) {
        return IndicatorCsv.write(rows(codes, organisationId));
    }

    public byte[] xlsx(Collection<String> codes, Long organisationId) {
        return IndicatorWorkbook.write(rows(codes, organisationId));
    }

    static IndicatorRow row(IndicatorValue v) {
        Indicator i = v.getIndicator();
        return new IndicatorRow(0, i.getCode(), i.getTitle(), i.getUnit(), i.getPolarity(), v.getPeriod(), v.getNumerator(),
                v.getDenominator(), v.getValue(), v.getTarget(), v.getStatisticalNeighbours(), v.getEngland(),
                i.getPartOf() == null ? null : i.getPartOf().getCode(), i.getBreakdown(), v.getCommentary(), v.getOthers(),
                DefinitionCells.of(i));
    }
}
