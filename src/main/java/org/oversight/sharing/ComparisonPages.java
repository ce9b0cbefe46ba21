package org.oversight.sharing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.oversight.account.OrganisationAuthority;
import org.oversight.indicator.Indicator;
import org.oversight.indicator.IndicatorAccess;
import org.oversight.indicator.IndicatorRepository;
import org.oversight.indicator.IndicatorValueRepository;
import org.oversight.indicator.ReportingPeriod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * An indicator compared ({@code /indicators/{id}/compared}), a council's LA code and statistical
 * neighbours ({@code /sharing/neighbours}), and the import of published comparator figures
 * ({@code /sharing/comparators}).
 */
@Controller
class ComparisonPages {
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final IndicatorAccess access;
    private final GroupReaders readers;
    private final IndicatorComparison comparison;
    private final CouncilComparatorsRepository councils;
    private final ComparatorImport imports;
    private final org.springframework.context.MessageSource messages;

    ComparisonPages(IndicatorRepository indicators, IndicatorValueRepository values, IndicatorAccess access,
                    IndicatorComparison comparison, CouncilComparatorsRepository councils, ComparatorImport imports,
                    GroupReaders readers, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.readers = readers;
        this.indicators = indicators;
        this.values = values;
        this.access = access;
        this.comparison = comparison;
        this.councils = councils;
        this.imports = imports;
    }

    @GetMapping("/indicators/{id}/compared")
    @Transactional(readOnly = true)
    String compared(@PathVariable long id, @RequestParam(required = false) String period, Authentication auth,
                    java.util.Locale locale, Model model) {
        Indicator indicator = indicators.findById(id).filter(i -> access.reaches(auth, i) || readers.sharedWith(auth, i))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ReportingPeriod> periods = new java.util.ArrayList<>(values.periodsOf(indicator));
        java.util.Collections.reverse(periods);
        ReportingPeriod chosen = periods.stream().filter(p -> p.toString().equals(period)).findFirst()
                .orElse(periods.isEmpty() ? null : periods.get(0));
        model.addAttribute("indicator", indicator);
        model.addAttribute("periods", periods);
        Comparison c = chosen == null ? null : comparison.compare(indicator, chosen, CurrentUser.of(auth).organisationId());
        model.addAttribute("c", c);
        model.addAttribute("groupRows", c == null ? "" : ComparedRows.of(c.groupCouncils(), messages, locale));
        return "sharing/compared";
    }

    @GetMapping("/sharing/neighbours")
    String neighbours(CurrentUser person, Model model) {
        long council = council(person);
        CouncilComparators held = councils.findById(council).orElse(null);
        model.addAttribute("laCode", held == null ? "" : held.getLaCode());
        model.addAttribute("neighbours", held == null ? "" : String.join("\n", held.getNeighbours()));
        return "sharing/neighbours";
    }

    /** An LA code as the Department publishes it: 201, 873, E10000002; letters and digits only. */
    private static final java.util.regex.Pattern LA_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9]{1,12}");

    @PostMapping("/sharing/neighbours")
    @Transactional
    String saveNeighbours(CurrentUser person, @RequestParam(required = false) String laCode,
                          @RequestParam(required = false) String neighbours, Model model) {
        long council = council(person);
        List<String> neighbourCodes = neighbours == null || neighbours.isBlank() ? List.of()
                : Arrays.stream(neighbours.strip().split("[,\\s]+")).toList();
        String problem = laCode == null || laCode.isBlank() ? "comparison.neighbours.noCode"
                : !LA_CODE.matcher(laCode.strip()).matches() || !neighbourCodes.stream().allMatch(c -> LA_CODE.matcher(c).matches())
                ? "comparison.neighbours.badCode" : null;
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("laCode", laCode == null ? "" : laCode);
            model.addAttribute("neighbours", neighbours == null ? "" : neighbours);
            return "sharing/neighbours";
        }
        CouncilComparators held = councils.findById(council).orElseGet(() -> new CouncilComparators(council, laCode));
        held.recode(laCode);
        held.neighbours(neighbourCodes);
        councils.save(held);
        return "redirect:/sharing/neighbours?saved";
    }

    @GetMapping("/sharing/comparators")
    String importForm() {
        return "sharing/comparators";
    }

    @PostMapping("/sharing/comparators")
    String importFile(CurrentUser person, @RequestParam(name = "file", required = false) MultipartFile file,
                      @RequestParam(required = false) boolean dryRun, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "comparison.import.noFile");
            return "sharing/comparators";
        }
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        ComparatorReading reading = dryRun ? imports.preview(csv) : imports.importFile(csv, person.usernameOrAnonymous());
        model.addAttribute("reading", reading);
        model.addAttribute("imported", !dryRun && !reading.hasErrors());
        return "sharing/comparators";
    }

    /** The council whose neighbours the person keeps: their own; an adviser or someone of no council keeps none. */
    private static long council(CurrentUser person) {
        Long own = person.organisationId();
        if (own == null || own == OrganisationAuthority.OUTSIDE_EVERY_ORGANISATION) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return own;
    }
}
