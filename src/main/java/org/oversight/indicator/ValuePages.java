package org.oversight.indicator;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting one value with a reason, and accepting a warning with a reason. */
@Controller
class ValuePages {
    private final IndicatorEntry entry;
    private final IndicatorAccess access;

    ValuePages(IndicatorEntry entry, IndicatorAccess access) {
        this.entry = entry;
        this.access = access;
    }

    @GetMapping("/indicators/values/{id}/correct")
    String form(@PathVariable long id, Model model, Authentication auth) {
        IndicatorValue value = permitted(id, auth);
        model.addAttribute("value", value);
        model.addAttribute("correctionForm", CorrectionForm.of(value));
        return "indicator/correct";
    }

    @PostMapping("/indicators/values/{id}/correct")
    String correct(@PathVariable long id, @Valid @ModelAttribute("correctionForm") CorrectionForm form, BindingResult errors,
                   Model model, Authentication auth, RedirectAttributes redirect) {
        IndicatorValue value = permitted(id, auth);
        if (errors.hasErrors()) {
            model.addAttribute("value", value);
            return "indicator/correct";
        }
        entry.correct(id, form.figures(value), auth.getName(), form.getReason());
        redirect.addFlashAttribute("notice", "The figures for " + value.getPeriod() + " have been corrected");
        return "redirect:/indicators/" + value.getIndicator().getId();
    }

    @PostMapping("/indicators/values/{id}/accept")
    String accept(@PathVariable long id, @RequestParam String code, @RequestParam(required = false) String reason,
                  Authentication auth, RedirectAttributes redirect) {
        IndicatorValue value = permitted(id, auth);
        long indicatorId = value.getIndicator().getId();
        if (!code.matches("[A-Z_]{1,40}")) {
            redirect.addFlashAttribute("acceptProblem", "There is no such warning to accept for " + value.getPeriod());
            return "redirect:/indicators/" + indicatorId + "#warnings";
        }
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("acceptProblem", "Give a reason for accepting the " + code + " warning for " + value.getPeriod());
            return "redirect:/indicators/" + indicatorId + "#warnings";
        }
        if (reason.strip().length() > 1000) {
            redirect.addFlashAttribute("acceptProblem", "The reason must be 1,000 characters or fewer");
            return "redirect:/indicators/" + indicatorId + "#warnings";
        }
        entry.accept(id, code, reason, auth.getName());
        redirect.addFlashAttribute("notice", "The " + code + " warning for " + value.getPeriod() + " has been accepted");
        return "redirect:/indicators/" + indicatorId;
    }

    private IndicatorValue permitted(long id, Authentication auth) {
        IndicatorValue value = entry.value(id);
        if (!access.reaches(auth, value.getIndicator())) {
            throw new IndicatorNotFound(id);
        }
        if (!access.canEnter(auth, value.getIndicator())) {
            throw new AccessDeniedException("Only the indicator's owner or a plan manager may change its figures");
        }
        return value;
    }
}
