package org.oversight.indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.oversight.account.CurrentUser;
import org.oversight.plan.Action;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The indicator list, an indicator's page, and the export of an indicator set. */
@Controller
class IndicatorPages {
    private final IndicatorBoard board;
    private final IndicatorChecks checks;
    private final IndicatorExport export;
    private final IndicatorAccess access;
    private final ActionRepository actions;
    private final LinkableActions linkable;
    private final OrganisationRepository organisations;

    IndicatorPages(IndicatorBoard board, IndicatorChecks checks, IndicatorExport export, IndicatorAccess access,
                   ActionRepository actions, LinkableActions linkable, OrganisationRepository organisations) {
        this.organisations = organisations;
        this.board = board;
        this.checks = checks;
        this.export = export;
        this.access = access;
        this.actions = actions;
        this.linkable = linkable;
    }

    @GetMapping("/indicators")
    String list(Model model, Authentication auth) {
        List<IndicatorSummary> summaries = board.summaries(CurrentUser.of(auth).organisationId(), access.ownerNames(auth));
        model.addAttribute("summaries", summaries);
        model.addAttribute("canManage", access.canManage(auth));
        model.addAttribute("ownsAny", summaries.stream().anyMatch(s -> access.canEnter(auth, s.indicator())));
        if (CurrentUser.of(auth).organisationId() == null) {
            // someone serving the whole instance sees every council's "CSC-01": each row says whose
            model.addAttribute("owners", organisations.findAll().stream()
                    .collect(Collectors.toMap(Organisation::getId, Organisation::getName)));
            if (CurrentUser.of(auth).isAdministrator()) {
                java.util.Map<Long, String> unassigned = new java.util.LinkedHashMap<>();
                summaries.stream().map(IndicatorSummary::indicator)
                        .filter(i -> i.getOrganisationId() == null && i.getPartOf() == null)
                        .forEach(i -> unassigned.put(i.getId(), i.getCode() + ": " + i.getTitle()));
                model.addAttribute("unassigned", unassigned);
                model.addAttribute("organisations", organisations.findAllByOrderByName());
            }
        }
        return "indicator/list";
    }

    @GetMapping("/indicators/{id}")
    String show(@PathVariable long id, Model model, Authentication auth) {
        Indicator indicator = board.indicator(id);
        if (!access.reaches(auth, indicator)) {
            throw new IndicatorNotFound(id);
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("trendSvg", board.trendSvg(indicator));
        model.addAttribute("parts", board.parts(indicator));
        board.breakdown(indicator).ifPresent(b -> {
            model.addAttribute("breakdown", b);
            model.addAttribute("breakdownSvg", IndicatorCharts.breakdownSvg(
                    indicator.getTitle() + " by " + (board.parts(indicator).get(0).getBreakdown() == null ? "part"
                            : board.parts(indicator).get(0).getBreakdown()) + ", " + b.period(), b.parts()));
        });
        List<ValueLine> lines = board.lines(indicator);
        model.addAttribute("warningLines", checks.about(indicator).stream().map(w -> WarningLine.of(w, lines)).toList());
        model.addAttribute("lines", lines);
        model.addAttribute("canEnter", access.canEnter(auth, indicator));
        model.addAttribute("canManage", access.canManage(auth, indicator));
        List<Action> linked = actions.findAllById(indicator.getLinkedActions());
        model.addAttribute("linkedActions", linked);
        if (access.canManage(auth, indicator)) {
            model.addAttribute("allActions", linkChoices(linked, CurrentUser.of(auth).organisationId()));
        }
        return "indicator/indicator";
    }

    /**
     * A warning on the page, with the value it is accepted on and the code it is accepted as: a
     * missing period is accepted on the value just after the gap.
     */
    record WarningLine(IndicatorWarning warning, Long valueId, String acceptCode, boolean missing) {
        static WarningLine of(IndicatorWarning w, List<ValueLine> lines) {
            boolean missing = w.code().equals(IndicatorWarning.MISSING_PERIOD);
            ReportingPeriod period = ReportingPeriod.parse(w.period());
            Long valueId = lines.stream().map(ValueLine::value)
                    .filter(v -> missing ? v.getPeriod().kind() == period.kind() && v.getPeriod().compareTo(period) > 0
                            : v.getPeriod().equals(period))
                    .min(java.util.Comparator.comparing(IndicatorValue::getPeriod)).map(IndicatorValue::getId).orElse(null);
            return new WarningLine(w, valueId, missing ? SeriesCheck.acceptedAs(period) : w.code(), missing);
        }
    }

    /**
     * The actions a manager may link: those of the plans the indicator is already linked to, so
     * the page does not grow with every other plan the service holds; every live action while
     * the indicator is linked to none, of the plans the person manages.
     */
    private List<Action> linkChoices(List<Action> linked, Long organisationId) {
        if (linked.isEmpty()) {
            return linkable.reachedBy(organisationId);
        }
        return linked.stream().map(a -> a.getRecommendation().getPlan()).distinct()
                .flatMap(p -> p.actions().stream()).toList();
    }

    @GetMapping("/indicators/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "code", required = false) List<String> codes, CurrentUser person) {
        return download(export.csv(codes, person.organisationId()).getBytes(StandardCharsets.UTF_8), "indicator-values.csv",
                MediaType.parseMediaType("text/csv;charset=UTF-8"));
    }

    @GetMapping("/indicators/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "code", required = false) List<String> codes, CurrentUser person) {
        return download(export.xlsx(codes, person.organisationId()), "indicator-values.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
