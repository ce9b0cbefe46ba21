package org.oversight.indicator;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The form to edit an indicator's definition, carrying the version it was opened at. */
public class IndicatorForm {
    @NotBlank(message = "Enter the indicator's code")
    @Size(max = 40, message = "The code must be 40 characters or fewer")
    private String code;
    @NotBlank(message = "Enter the indicator's title")
    @Size(max = 300, message = "The title must be 300 characters or fewer")
    private String title;
    @Size(max = 2000, message = "The definition must be 2,000 characters or fewer")
    private String definition;
    @NotNull(message = "Select the unit the indicator is measured in")
    private Unit unit;
    @NotNull(message = "Select which direction is good")
    private Polarity polarity;
    @NotBlank(message = "Enter how often the indicator is reported, for example quarterly")
    @Size(max = 20, message = "The frequency must be 20 characters or fewer")
    private String frequency;
    @Size(max = 200, message = "The owner must be 200 characters or fewer")
    private String owner;
    @Size(max = 1000, message = "The numerator definition must be 1,000 characters or fewer")
    private String numeratorDefinition;
    @Size(max = 1000, message = "The denominator definition must be 1,000 characters or fewer")
    private String denominatorDefinition;
    @DecimalMin(value = "0", message = "The tolerance must be 0 or more")
    private BigDecimal tolerance;
    private Long partOfId;
    @Size(max = 100, message = "The breakdown must be 100 characters or fewer")
    private String breakdown;
    private long version;

    /** An empty form for a new indicator, reported quarterly unless changed. */
    static IndicatorForm blank() {
        IndicatorForm form = new IndicatorForm();
        form.frequency = "quarterly";
        return form;
    }

    static IndicatorForm of(Indicator i) {
        IndicatorForm form = new IndicatorForm();
        form.code = i.getCode();
        form.title = i.getTitle();
        form.definition = i.getDefinition();
        form.unit = i.getUnit();
        form.polarity = i.getPolarity();
        form.frequency = i.getFrequency();
        form.owner = i.getOwner();
        form.numeratorDefinition = i.getNumeratorDefinition();
        form.denominatorDefinition = i.getDenominatorDefinition();
        form.tolerance = i.getTolerance().signum() == 0 ? null : i.getTolerance().stripTrailingZeros();
        form.partOfId = i.getPartOf() == null ? null : i.getPartOf().getId();
        form.breakdown = i.getBreakdown();
        form.version = i.getVersion();
        return form;
    }

    /** The fields in words, as the audit trail and a conflict show them. */
    Map<String, String> fields(java.util.function.LongFunction<String> indicatorName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Code", code);
        fields.put("Title", title);
        fields.put("Definition", blankAsEmpty(definition));
        fields.put("Unit", unit == null ? "" : unit.word());
        fields.put("Which way is good", polarity == null ? "" : polarity.label());
        fields.put("Frequency", frequency);
        fields.put("Owner", blankAsEmpty(owner));
        fields.put("Numerator", blankAsEmpty(numeratorDefinition));
        fields.put("Denominator", blankAsEmpty(denominatorDefinition));
        fields.put("Tolerance", tolerance == null ? "" : FigureText.plain(tolerance));
        fields.put("Part of", partOfId == null ? "" : indicatorName.apply(partOfId));
        fields.put("Breakdown", partOfId == null ? "" : blankAsEmpty(breakdown));
        return fields;
    }

    private static String blankAsEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
    public Polarity getPolarity() { return polarity; }
    public void setPolarity(Polarity polarity) { this.polarity = polarity; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String frequency) { this.frequency = frequency; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getNumeratorDefinition() { return numeratorDefinition; }
    public void setNumeratorDefinition(String numeratorDefinition) { this.numeratorDefinition = numeratorDefinition; }
    public String getDenominatorDefinition() { return denominatorDefinition; }
    public void setDenominatorDefinition(String denominatorDefinition) { this.denominatorDefinition = denominatorDefinition; }
    public BigDecimal getTolerance() { return tolerance; }
    public void setTolerance(BigDecimal tolerance) { this.tolerance = tolerance; }
    public Long getPartOfId() { return partOfId; }
    public void setPartOfId(Long partOfId) { this.partOfId = partOfId; }
    public String getBreakdown() { return breakdown; }
    public void setBreakdown(String breakdown) { this.breakdown = breakdown; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
