package org.oversight.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Entering a quarter's figures for the indicators the signed-in user owns (all of them for a plan manager). */
@Controller
class QuarterPages {
    private final IndicatorBoard board;
    private final IndicatorEntry entry;
    private final IndicatorAccess access;
    private final Clock clock;

    QuarterPages(IndicatorBoard board, IndicatorEntry entry, IndicatorAccess access, ObjectProvider<Clock> clock) {
        this.board = board;
        this.entry = entry;
        this.access = access;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @GetMapping("/indicators/enter")
    String form(Model model, Authentication auth) {
        List<Indicator> mine = mine(auth);
        model.addAttribute("quarterForm", QuarterForm.forIndicators(lastQuarter().toString(), mine));
        model.addAttribute("indicators", mine);
        return "indicator/enter";
    }

    @PostMapping("/indicators/enter")
    String enter(@ModelAttribute("quarterForm") QuarterForm form, BindingResult errors, Model model,
                 Authentication auth, RedirectAttributes redirect) {
        List<Indicator> mine = mine(auth);
        ReportingPeriod period = null;
        try {
            period = ReportingPeriod.parse(form.getPeriod());
            if (!period.isQuarter()) {
                errors.rejectValue("period", "quarter", "Enter a quarter, for example 2026/27 Q2");
            }
        } catch (IllegalArgumentException e) {
            errors.rejectValue("period", "period", "Enter a quarter, for example 2026/27 Q2");
        }
        List<IndicatorEntry.Entered> entries = new ArrayList<>();
        for (int i = 0; i < form.getFigures().size(); i++) {
            QuarterForm.Row row = form.getFigures().get(i);
            if (row.getIndicatorId() == null || mine.stream().noneMatch(m -> m.getId().equals(row.getIndicatorId())) || row.blank()) {
                continue;
            }
            if (row.getValue() == null) {
                errors.rejectValue("figures[" + i + "].value", "required", "Enter the value as published for "
                        + mine.stream().filter(m -> m.getId().equals(row.getIndicatorId())).findFirst().orElseThrow().getCode());
            } else {
                entries.add(new IndicatorEntry.Entered(row.getIndicatorId(), row.figures()));
            }
        }
        if (!errors.hasErrors() && entries.isEmpty()) {
            errors.reject("empty", "Enter the figures for at least one indicator");
        }
        if (errors.hasErrors()) {
            model.addAttribute("indicators", mine);
            return "indicator/enter";
        }
        List<IndicatorWarning> warnings = entry.enter(period, entries, auth.getName());
        redirect.addFlashAttribute("notice", entries.size() + (entries.size() == 1 ? " figure" : " figures")
                + " saved for " + period);
        redirect.addFlashAttribute("entryWarnings", warnings);
        return "redirect:/indicators";
    }

    private List<Indicator> mine(Authentication auth) {
        java.util.Set<Indicator> mine = new java.util.LinkedHashSet<>(board.reachedBy(CurrentUser.of(auth).organisationId())
                .stream().filter(i -> access.canEnter(auth, i)).toList());
        mine.addAll(board.ownedBy(access.ownerNames(auth)));
        return mine.stream().sorted(java.util.Comparator.comparing(Indicator::getCode)).toList();
    }

    /** The last quarter that has ended. */
    private ReportingPeriod lastQuarter() {
        LocalDate today = LocalDate.now(clock);
        int fyStart = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int quarter = ((today.getMonthValue() + 8) % 12) / 3 + 1;
        return ReportingPeriod.quarter(fyStart, quarter).previous();
    }
}
