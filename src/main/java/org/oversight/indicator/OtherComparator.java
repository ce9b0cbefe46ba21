package org.oversight.indicator;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A comparator beyond the statistical neighbours and England: a region, a core city group.
 * In a values file they share one cell, written "North West: 61.2; Core cities: 58".
 */
@Embeddable
public record OtherComparator(String name, BigDecimal figure) implements java.io.Serializable {

    static String write(List<OtherComparator> others) {
        return others.stream().map(o -> o.name() + ": " + FigureText.plain(o.figure())).collect(Collectors.joining("; "));
    }

    /** Reads the cell; throws {@link IllegalArgumentException} saying how to write it. */
    static List<OtherComparator> read(String cell) {
        List<OtherComparator> others = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return others;
        }
        for (String part : cell.split(";")) {
            int colon = part.lastIndexOf(':');
            try {
                if (colon < 1 || part.substring(0, colon).isBlank()) {
                    throw new NumberFormatException();
                }
                others.add(new OtherComparator(part.substring(0, colon).strip(),
                        new BigDecimal(part.substring(colon + 1).strip().replace(",", "").replace("%", ""))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the other comparators \"" + cell.strip()
                        + "\" cannot be read: write each as name: figure, separated by semicolons");
            }
        }
        return others;
    }
}
