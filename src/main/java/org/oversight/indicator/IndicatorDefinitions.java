package org.oversight.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.oversight.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits an indicator's definition: checks what the form's annotations cannot (a code already
 * used, a breakdown that would go round in a circle), refuses a save made against an older
 * version, and records each change in the audit trail with the fields before and after.
 */
@Service
public class IndicatorDefinitions {
    static final String AUDIT_TYPE = "Indicator";
    private final IndicatorRepository indicators;
    private final AuditTrail audit;

    IndicatorDefinitions(IndicatorRepository indicators, AuditTrail audit) {
        this.indicators = indicators;
        this.audit = audit;
    }

    /** Problems with the form by field name; empty when it can be saved. */
    @Transactional(readOnly = true)
    public Map<String, String> problems(long id, IndicatorForm form) {
        return problems(id, indicators.findById(id).map(Indicator::getOrganisationId).orElse(null), form);
    }

    /** Problems with the form of a new indicator of the organisation (null: of none); empty when it can be saved. */
    @Transactional(readOnly = true)
    public Map<String, String> problemsOfNew(IndicatorForm form, Long organisation) {
        return problems(null, organisation, form);
    }

    private Map<String, String> problems(Long id, Long organisation, IndicatorForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.getCode() != null) {
            indicators.findByCodeWithin(form.getCode().strip(), organisation).filter(other -> !other.getId().equals(id)).ifPresent(other ->
                    problems.put("code", "The code " + other.getCode() + " is already used by " + other.getTitle()));
        }
        Long partOf = form.getPartOfId();
        for (Long at = partOf; at != null; ) {
            if (at.equals(id)) {
                problems.put("partOfId", "An indicator cannot be part of itself, even through another indicator");
                break;
            }
            Indicator total = indicators.findById(at)
                    .filter(t -> Objects.equals(t.getOrganisationId(), organisation)).orElse(null);
            if (total == null) {
                problems.put("partOfId", "Select a total from the list");
                break;
            }
            at = total.getPartOf() == null ? null : total.getPartOf().getId();
        }
        return problems;
    }

    /** Creates an indicator of the organisation (null: of none) from the form, in the audit trail. */
    @Transactional
    public Indicator create(IndicatorForm form, Long organisation) {
        Indicator indicator = new Indicator(form.getCode(), form.getTitle(), form.getUnit(), form.getPolarity())
                .belongTo(organisation);
        apply(indicator, form);
        indicators.saveAndFlush(indicator);
        audit.record(AUDIT_TYPE, indicator.getId(), "created", "Created indicator " + indicator.getCode(), null,
                IndicatorForm.of(indicator).fields(this::name));
        return indicator;
    }

    /** Saves the form; throws {@link IndicatorChangedMeanwhile} if the indicator changed since the form was opened. */
    @Transactional
    public Indicator save(long id, IndicatorForm form) {
        Indicator indicator = indicators.findById(id).orElseThrow(() -> new IndicatorNotFound(id));
        if (indicator.getVersion() != form.getVersion()) {
            throw new IndicatorChangedMeanwhile(indicator.getVersion());
        }
        Map<String, String> before = IndicatorForm.of(indicator).fields(this::name);
        indicator.recode(form.getCode());
        indicator.retitle(form.getTitle());
        indicator.measure(form.getUnit(), form.getPolarity());
        apply(indicator, form);
        Map<String, String> after = IndicatorForm.of(indicator).fields(this::name);
        if (!Objects.equals(before, after)) {
            indicators.flush();
            audit.record(AUDIT_TYPE, id, "edited", "Edited indicator " + indicator.getCode() + ": "
                    + String.join(", ", changed(before, after)), before, after);
        }
        return indicator;
    }

    private void apply(Indicator indicator, IndicatorForm form) {
        indicator.define(blankAsNull(form.getDefinition()), blankAsNull(form.getNumeratorDefinition()),
                blankAsNull(form.getDenominatorDefinition()));
        indicator.reportedBy(blankAsNull(form.getOwner()), form.getFrequency().strip());
        indicator.tolerate(form.getTolerance());
        Indicator total = form.getPartOfId() == null ? null : indicators.findById(form.getPartOfId()).orElseThrow();
        indicator.partOf(total, blankAsNull(form.getBreakdown()));
    }

    /** The indicator as stored now, as a form, to show beside what someone entered. */
    @Transactional(readOnly = true)
    public Map<String, String> savedFields(long id) {
        return IndicatorForm.of(indicators.findById(id).orElseThrow(() -> new IndicatorNotFound(id))).fields(this::name);
    }

    String name(long id) {
        return indicators.findById(id).map(i -> i.getCode() + ": " + i.getTitle()).orElse("");
    }

    private static java.util.List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .map(k -> k.toLowerCase(java.util.Locale.UK)).toList();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
