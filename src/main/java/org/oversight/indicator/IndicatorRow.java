package org.oversight.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * One row of the indicator values CSV, read and typed: one value of one indicator. Beyond the
 * fixed columns a row may carry other comparators and the indicator's definition (owner,
 * frequency, tolerance, meaning, numerator and denominator), so an export imports back whole.
 */
public record IndicatorRow(int line, String code, String title, Unit unit, Polarity polarity, ReportingPeriod period,
                           BigDecimal numerator, BigDecimal denominator, BigDecimal value, BigDecimal target,
                           BigDecimal statisticalNeighbours, BigDecimal england, String partOf, String breakdown,
                           String commentary, List<OtherComparator> others, DefinitionCells definition)
        implements java.io.Serializable {
    /** The fixed columns of the indicator values CSV, in order. */
    public static final String[] COLUMNS = {"code", "title", "unit", "polarity", "period", "numerator", "denominator",
        "value", "target", "statistical_neighbours", "england", "part_of", "breakdown", "commentary"};
    /** The optional columns written after the fixed ones, in order. */
    public static final String[] MORE_COLUMNS = {"other_comparators", "owner", "frequency", "tolerance", "definition",
        "numerator_definition", "denominator_definition"};
    /** Every column an export writes. */
    public static final String[] ALL_COLUMNS = Stream.concat(Stream.of(COLUMNS), Stream.of(MORE_COLUMNS))
            .toArray(String[]::new);
    private static final int TOLERANCE = COLUMNS.length + 3;

    public IndicatorRow {
        others = others == null ? List.of() : List.copyOf(others);
        definition = definition == null ? DefinitionCells.NONE : definition;
    }

    /** A row of the fixed columns only. */
    public IndicatorRow(int line, String code, String title, Unit unit, Polarity polarity, ReportingPeriod period,
                        BigDecimal numerator, BigDecimal denominator, BigDecimal value, BigDecimal target,
                        BigDecimal statisticalNeighbours, BigDecimal england, String partOf, String breakdown,
                        String commentary) {
        this(line, code, title, unit, polarity, period, numerator, denominator, value, target, statisticalNeighbours,
                england, partOf, breakdown, commentary, List.of(), DefinitionCells.NONE);
    }

    /** Whether the column at {@code index} of {@link #ALL_COLUMNS} holds a number. */
    public static boolean numeric(int index) {
        return index >= 5 && index <= 10 || index == TOLERANCE;
    }

    public Figures figures() {
        return new Figures(numerator, denominator, value, target, statisticalNeighbours, england, others, commentary);
    }

    public CheckedFigure checked() {
        return new CheckedFigure(code, unit, period, numerator, denominator, value, target, commentary, partOf, breakdown, null);
    }

    /** The row as the CSV writes it, column by column of {@link #ALL_COLUMNS}. */
    public String[] cells() {
        return new String[] {code, title, unit.word(), polarity.word(), period.toString(), FigureText.plain(numerator),
            FigureText.plain(denominator), FigureText.plain(value), FigureText.plain(target),
            FigureText.plain(statisticalNeighbours), FigureText.plain(england), orEmpty(partOf), orEmpty(breakdown),
            orEmpty(commentary), OtherComparator.write(others), orEmpty(definition.owner()),
            orEmpty(definition.frequency()), FigureText.plain(definition.tolerance()), orEmpty(definition.meaning()),
            orEmpty(definition.numerator()), orEmpty(definition.denominator())};
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
