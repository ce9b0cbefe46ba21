package org.oversight.indicator;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a reporting period as the text the indicator CSV uses. */
@Converter(autoApply = true)
class ReportingPeriodColumn implements AttributeConverter<ReportingPeriod, String> {
    @Override
    public String convertToDatabaseColumn(ReportingPeriod period) {
        return period == null ? null : period.toString();
    }

    @Override
    public ReportingPeriod convertToEntityAttribute(String text) {
        return text == null ? null : ReportingPeriod.parse(text);
    }
}
