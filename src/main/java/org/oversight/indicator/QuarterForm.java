package org.oversight.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The form to enter one quarter's figures for the indicators someone owns; blank rows are left alone. */
public class QuarterForm {
    private String period;
    private List<Row> figures = new ArrayList<>();

    /** One indicator's figures on the form. */
    public static class Row {
        private Long indicatorId;
        private BigDecimal numerator;
        private BigDecimal denominator;
        private BigDecimal value;
        private BigDecimal target;
        private String commentary;

        public Long getIndicatorId() { return indicatorId; }
        public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
        public BigDecimal getNumerator() { return numerator; }
        public void setNumerator(BigDecimal numerator) { this.numerator = numerator; }
        public BigDecimal getDenominator() { return denominator; }
        public void setDenominator(BigDecimal denominator) { this.denominator = denominator; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
        public BigDecimal getTarget() { return target; }
        public void setTarget(BigDecimal target) { this.target = target; }
        public String getCommentary() { return commentary; }
        public void setCommentary(String commentary) { this.commentary = commentary; }

        boolean blank() {
            return value == null && numerator == null && denominator == null && target == null
                    && (commentary == null || commentary.isBlank());
        }

        Figures figures() {
            return new Figures(numerator, denominator, value, target, null, null, List.of(), commentary);
        }
    }

    static QuarterForm forIndicators(String period, List<Indicator> indicators) {
        QuarterForm form = new QuarterForm();
        form.period = period;
        indicators.forEach(i -> {
            Row row = new Row();
            row.indicatorId = i.getId();
            form.figures.add(row);
        });
        return form;
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public List<Row> getFigures() { return figures; }
    public void setFigures(List<Row> figures) { this.figures = figures; }
}
