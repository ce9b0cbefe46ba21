package org.oversight.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one value as published: numerator and denominator where known, the value,
 * target, comparators and commentary.
 */
public record Figures(BigDecimal numerator, BigDecimal denominator, BigDecimal value, BigDecimal target,
                      BigDecimal statisticalNeighbours, BigDecimal england, List<OtherComparator> others,
                      String commentary) {
    public Figures {
        if (value == null) {
            throw new IllegalArgumentException("A value needs the figure as published");
        }
        others = others == null ? List.of() : List.copyOf(others);
        commentary = commentary == null || commentary.isBlank() ? null : commentary.strip();
    }

    /** The same figures, however many decimal places each was written with. */
    public boolean sameAs(Figures other) {
        return same(numerator, other.numerator) && same(denominator, other.denominator) && same(value, other.value)
                && same(target, other.target) && same(statisticalNeighbours, other.statisticalNeighbours)
                && same(england, other.england) && java.util.Objects.equals(commentary, other.commentary)
                && others.size() == other.others.size() && java.util.stream.IntStream.range(0, others.size()).allMatch(
                        i -> others.get(i).name().equals(other.others.get(i).name())
                                && same(others.get(i).figure(), other.others.get(i).figure()));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public static Figures of(BigDecimal value) {
        return new Figures(null, null, value, null, null, null, List.of(), null);
    }

    public Figures withTarget(BigDecimal newTarget) {
        return new Figures(numerator, denominator, value, newTarget, statisticalNeighbours, england, others, commentary);
    }

    public Figures withCommentary(String text) {
        return new Figures(numerator, denominator, value, target, statisticalNeighbours, england, others, text);
    }
}
