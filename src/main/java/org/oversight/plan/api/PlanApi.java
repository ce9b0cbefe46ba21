package org.oversight.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanExchange;
import org.oversight.plan.PlanExporter;
import org.oversight.plan.PlanStandings;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Transactional(readOnly = true)
@RequestMapping("/api/plans")
@Tag(name = "Plans", description = "Improvement plans and their actions. Anyone may read published plans.")
class PlanApi {
    private final ReadablePlans readable;
    private final PlanExporter exporter;
    private final PlanStandings standings;
    private final ListedActions listed;

    PlanApi(ReadablePlans readable, PlanExporter exporter, PlanStandings standings, ListedActions listed) {
        this.listed = listed;
        this.standings = standings;
        this.readable = readable;
        this.exporter = exporter;
    }

    @GetMapping
    @Operation(summary = "List the plans you may read, with how many actions stand at each RAG colour")
    List<PlanSummary> list(@Parameter(description = "Assess as at this ISO date; today if left out")
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                           Authentication caller) {
        LocalDate on = readable.asAt(asAt);
        return readable.all(caller).stream().map(p -> PlanSummary.of(p, standings.of(p, on))).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a plan in the plan exchange format, with ids",
            description = "Each action's rag is the colour that stands as at the plan's latest progress round.")
    PlanExchange read(@PathVariable long id, Authentication caller) {
        return exporter.export(readable.plan(id, caller));
    }

    @GetMapping("/{id}/actions")
    @Operation(summary = "List a plan's actions with their assessment, filtered by lead, organisation, RAG, priority or due date",
            description = "Each action gives the date of its latest progress update (lastUpdated); its updates are at "
                    + "/api/actions/{id}/updates.")
    List<ActionView> actions(@PathVariable long id, @ParameterObject ActionQuery filter, Authentication caller) {
        ActionPlan plan = readable.plan(id, caller);
        LocalDate on = readable.asAt(filter.asAt());
        // each action's status as kept for the plan's revision and the date, not the plan assessed afresh
        PlanStandings.Standing standing = standings.of(plan, on);
        filter.ragColour();
        filter.priorityLevel();
        // and what the list says of each action whatever the date, as kept for the plan's revision
        return listed.of(plan).stream().filter(a -> filter.matches(a, standing.byAction().get(a.described().id())))
                .map(a -> ActionView.inList(a.described(), standing.byAction().get(a.described().id()), standing.asAt(),
                        standing.lastUpdated().get(a.described().id()))).toList();
    }
}
