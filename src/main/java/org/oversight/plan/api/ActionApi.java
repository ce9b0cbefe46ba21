package org.oversight.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import org.oversight.plan.Action;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.PlanAccess;
import org.oversight.plan.PlanAssessor;
import org.oversight.plan.PlanItemNotFound;
import org.oversight.plan.ProgressUpdate;
import org.oversight.plan.ProgressUpdates;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/actions")
@Tag(name = "Actions", description = "Actions, their assessment and their progress updates")
class ActionApi {
    private final ReadablePlans readable;
    private final PlanAssessor assessor;
    private final PlanAccess access;
    private final ProgressUpdates updates;
    private final ActionRepository actions;

    ActionApi(ReadablePlans readable, PlanAssessor assessor, PlanAccess access, ProgressUpdates updates,
              ActionRepository actions) {
        this.readable = readable;
        this.assessor = assessor;
        this.access = access;
        this.updates = updates;
        this.actions = actions;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an action with its assessment, reasons in words, and progress updates")
    ActionView read(@PathVariable long id,
                    @Parameter(description = "Assess as at this ISO date; today if left out")
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                    Authentication caller) {
        Action action = readable.action(id, caller);
        LocalDate on = readable.asAt(asAt);
        return ActionView.of(action, assessor.assess(action.getRecommendation().getPlan(), on));
    }

    @GetMapping("/{id}/updates")
    @Operation(summary = "List an action's progress updates, oldest first")
    java.util.List<UpdateView> updates(@PathVariable long id, Authentication caller) {
        return readable.action(id, caller).getUpdates().stream().map(UpdateView::of).toList();
    }

    @GetMapping("/{id}/updates/{updateId}")
    @Operation(summary = "Read one progress update of an action")
    UpdateView update(@PathVariable long id, @PathVariable long updateId, Authentication caller) {
        return readable.action(id, caller).getUpdates().stream().filter(u -> u.getId() == updateId).findFirst()
                .map(UpdateView::of).orElseThrow(() -> PlanItemNotFound.update(id, updateId));
    }

    @PostMapping("/{id}/updates")
    @Operation(summary = "Post a progress update on an action",
            description = "Send the action's version as expectedVersion. If the action changed since, nothing is "
                    + "recorded and the answer is 409 naming who changed it and what. Plan managers may post on any "
                    + "action; action leads only on actions whose lead they hold.",
            security = @SecurityRequirement(name = ApiDocs.BASIC))
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the new update")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; the problem detail names it")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "You may not post on this action")
    @ApiResponse(responseCode = "409", description = "The action changed since you loaded it")
    ResponseEntity<PostedUpdate> post(@PathVariable long id, @Valid @RequestBody UpdateRequest request,
                                      Authentication caller) {
        Action action = readable.action(id, caller);
        if (!access.canUpdate(caller, action)) {
            throw new AccessDeniedException("You may post updates only on actions whose lead you hold; action "
                    + action.getReference() + " is not one of them.");
        }
        ProgressUpdate recorded = updates.post(id, request.expectedVersion(), request.toReport(), caller.getName());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{updateId}")
                .buildAndExpand(recorded.getId()).toUri();
        long version = actions.findById(id).map(Action::getVersion).orElseThrow();
        return ResponseEntity.created(location).body(new PostedUpdate(UpdateView.of(recorded), version));
    }

    /** The recorded update and the action's version now, to send with the next update. */
    record PostedUpdate(UpdateView update, long actionVersion) {
    }
}
