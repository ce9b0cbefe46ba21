package org.oversight.indicator;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oversight.account.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms to create an indicator (it belongs to the organisation of whoever creates it) and to
 * edit an indicator's definition, for plan managers and administrators. A save
 * made against an older version shows what the other person saved beside what this person
 * entered, and saves nothing until they save again.
 */
@Controller
class IndicatorEditPages {
    private final IndicatorBoard board;
    private final IndicatorDefinitions definitions;

    IndicatorEditPages(IndicatorBoard board, IndicatorDefinitions definitions) {
        this.board = board;
        this.definitions = definitions;
    }

    @GetMapping("/indicators/new")
    String blank(Model model, CurrentUser person) {
        model.addAttribute("indicatorForm", IndicatorForm.blank());
        return newPage(model, person);
    }

    @PostMapping("/indicators/new")
    String create(@Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, CurrentUser person) {
        definitions.problemsOfNew(form, person.organisationId()).forEach((field, message) -> errors.rejectValue(field, "invalid", message));
        if (errors.hasErrors()) {
            return newPage(model, person);
        }
        Indicator created = definitions.create(form, person.organisationId());
        redirect.addFlashAttribute("notice", "Indicator created: " + created.getCode());
        return "redirect:/indicators/" + created.getId();
    }

    @GetMapping("/indicators/{id}/edit")
    String form(@PathVariable long id, Model model, CurrentUser person) {
        Indicator indicator = board.managed(id, person);
        model.addAttribute("indicatorForm", IndicatorForm.of(indicator));
        return page(indicator, model);
    }

    @PostMapping("/indicators/{id}/edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors,
                Model model, RedirectAttributes redirect, CurrentUser person) {
        Indicator indicator = board.managed(id, person);
        definitions.problems(id, form).forEach((field, message) -> errors.rejectValue(field, "invalid", message));
        if (errors.hasErrors()) {
            return page(indicator, model);
        }
        try {
            definitions.save(id, form);
        } catch (IndicatorChangedMeanwhile e) {
            return conflict(id, form, e.currentVersion(), model);
        } catch (ObjectOptimisticLockingFailureException e) {
            return conflict(id, form, board.indicator(id).getVersion(), model);
        }
        redirect.addFlashAttribute("notice", "The indicator's definition has been saved");
        return "redirect:/indicators/" + id;
    }

    private String conflict(long id, IndicatorForm yours, long currentVersion, Model model) {
        Map<String, String> theirs = definitions.savedFields(id);
        Map<String, String> entered = yours.fields(definitions::name);
        List<Difference> differences = theirs.keySet().stream().filter(k -> !Objects.equals(theirs.get(k), entered.get(k)))
                .map(k -> new Difference(k, theirs.get(k), entered.get(k))).toList();
        yours.setVersion(currentVersion);
        model.addAttribute("differences", differences);
        return page(board.indicator(id), model);
    }

    private String newPage(Model model, CurrentUser person) {
        model.addAttribute("units", Unit.values());
        model.addAttribute("polarities", Polarity.values());
        model.addAttribute("totals", board.totalsOf(person.organisationId()));
        return "indicator/edit";
    }

    private String page(Indicator indicator, Model model) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("units", Unit.values());
        model.addAttribute("polarities", Polarity.values());
        model.addAttribute("totals", board.totalsFor(indicator));
        return "indicator/edit";
    }

    /** One field that differs between what is saved and what this person entered. */
    record Difference(String field, String theirs, String yours) {
    }
}
