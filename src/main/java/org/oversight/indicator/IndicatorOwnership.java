package org.oversight.indicator;

import java.util.List;
import java.util.Map;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Gives an indicator that belongs to no organisation, with the parts of its breakdown, to one,
 * so that its people manage it: for the whole instance's administrators only (the security rules
 * see to that), and once only. The indicators list shows them the indicators of none.
 */
@Controller
class IndicatorOwnership {
    private final IndicatorRepository indicators;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    IndicatorOwnership(IndicatorRepository indicators, OrganisationRepository organisations, AuditTrail audit) {
        this.indicators = indicators;
        this.organisations = organisations;
        this.audit = audit;
    }

    @PostMapping("/indicators/{id}/organisation")
    @Transactional
    String assign(@PathVariable long id, @RequestParam(required = false) String organisation, RedirectAttributes redirect) {
        Indicator indicator = indicators.findById(id).orElseThrow(() -> new IndicatorNotFound(id));
        Organisation owner = organisations.chosen(organisation).orElse(null);
        List<Indicator> family = new java.util.ArrayList<>(List.of(indicator));
        family.addAll(indicators.findByPartOfOrderByCode(indicator));
        if (indicator.getOrganisationId() != null || indicator.getPartOf() != null) {
            redirect.addFlashAttribute("ownerProblem", indicator.getCode()
                    + (indicator.getPartOf() != null ? " is part of a breakdown: give its total instead" : " already belongs to an organisation"));
        } else if (owner == null) {
            redirect.addFlashAttribute("ownerProblem", "Select the organisation " + indicator.getCode() + " belongs to");
        } else if (family.stream().anyMatch(i -> indicators.findByCodeWithin(i.getCode(), owner.getId()).isPresent())) {
            redirect.addFlashAttribute("ownerProblem", owner.getName() + " already has an indicator with the code of "
                    + indicator.getCode() + " or of one of its parts");
        } else {
            family.forEach(i -> i.belongTo(owner.getId()));
            indicators.flush();
            audit.record("Indicator", indicator.getId(), "assigned", indicator.getCode() + " now belongs to " + owner.getName(),
                    Map.of("organisation", "none"), Map.of("organisation", owner.getName()));
            redirect.addFlashAttribute("notice", indicator.getCode() + " now belongs to " + owner.getName());
        }
        return "redirect:/indicators#unassigned";
    }
}
