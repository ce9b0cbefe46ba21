package org.oversight.plan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.oversight.audit.AuditTrail;
import org.oversight.timescale.Timescale;
import org.oversight.timescale.TimescaleReader;
import org.oversight.timescale.TimescaleWarning;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds, edits and archives actions from the action form. An edit states the version the
 * person saw; if someone saved the action since, nothing is saved. Every change is audited.
 */
@Service
class ActionEditing {
    private final EntityManager em;
    private final LeadRepository leads;
    private final OrganisationRepository organisations;
    private final TimescaleReader reader;
    private final AuditTrail audit;
    private final Clock clock;

    ActionEditing(EntityManager em, LeadRepository leads, OrganisationRepository organisations,
                  TimescaleReader reader, AuditTrail audit, Clock clock) {
        this.em = em;
        this.leads = leads;
        this.organisations = organisations;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checks that need the plan: a unique reference and dependencies that exist. */
    static void check(ActionPlan plan, Action self, ActionForm form, Errors errors) {
        String ref = form.getReference();
        if (ref != null && !ref.isBlank() && plan.findAction(ref.strip()).filter(a -> a != self).isPresent()) {
            errors.rejectValue("reference", "taken", "Action " + ref.strip() + " already exists in this plan: "
                    + "enter a different reference");
        }
        DependencyList.read(form.getDependencies(), plan, self).problems()
                .forEach(p -> errors.rejectValue("dependencies", "unknown", p));
    }

    @Transactional
    long add(long recommendationId, ActionForm form) {
        Recommendation rec = em.find(Recommendation.class, recommendationId);
        if (rec == null || rec.isArchived()) {
            throw new NoSuchElementException("No recommendation " + recommendationId);
        }
        Action action = rec.addAction(form.getReference().strip(), form.getDescription());
        apply(action, ActionForm.from(action), form);
        em.flush();
        audit.record("Action", action.getId(), "created", "Added action " + action.getReference(), null,
                ActionForm.from(action).fields());
        return action.getId();
    }

    @Transactional
    void revise(long actionId, ActionForm form) {
        Action action = ActionVersions.load(em, actionId, form.getVersion());
        ActionForm before = ActionForm.from(action);
        action.renumber(form.getReference());
        apply(action, before, form);
        ActionVersions.saveNow(em, action);
        audit.record("Action", action.getId(), "edited", "Edited action " + action.getReference(),
                before.fields(), ActionForm.from(action).fields());
    }

    @Transactional
    void archive(long actionId) {
        Action action = em.find(Action.class, actionId);
        if (action == null || action.isArchived()) {
            throw new NoSuchElementException("No action " + actionId);
        }
        action.archive();
        audit.record("Action", action.getId(), "archived", "Archived action " + action.getReference(),
                ActionForm.from(action).fields(), null);
    }

    private void apply(Action action, ActionForm before, ActionForm form) {
        ActionPlan plan = action.getRecommendation().getPlan();
        action.describe(form.getDescription(), PlanEditing.blankToNull(form.getOutcomes()),
                PlanEditing.blankToNull(form.getMeasures()));
        action.prioritise(form.getPriority());
        action.startOn(form.getStartDate());
        action.ledBy(leadsFor(plan, form));
        if (!Objects.equals(norm(before.getDependencies()), norm(form.getDependencies()))) {
            action.clearDependencies();
            dependOn(action, plan, form.getDependencies());
        }
        if (!Objects.equals(norm(before.getTimescale()), norm(form.getTimescale()))) {
            Timescale read = reader.read(PlanEditing.blankToNull(form.getTimescale()), plan.getPeriodStart(),
                    plan.getPeriodEnd());
            action.setTimescale(new ActionTimescale(PlanEditing.blankToNull(form.getTimescale()), read.kind(),
                    read.recurrenceIso(), note(read)), read.due());
        }
        if (form.getStatus() != action.getStatus()) {
            action.changeStatus(form.getStatus(), LocalDate.now(clock));
        }
    }

    private static void dependOn(Action action, ActionPlan plan, String text) {
        DependencyList.Reading reading = DependencyList.read(text, plan, action);
        if (!reading.problems().isEmpty()) {
            throw new IllegalArgumentException(reading.problems().get(0));
        }
        for (DependencyList.Resolved d : reading.dependencies()) {
            if (d.action() != null) {
                action.dependOn(d.action());
            } else if (d.workstream() != null) {
                action.dependOn(d.workstream());
            } else {
                action.waitFor(d.event());
            }
        }
    }

    private List<Lead> leadsFor(ActionPlan plan, ActionForm form) {
        Organisation org = form.getLeadOrganisationId() == null ? plan.getOwner()
                : organisations.findById(form.getLeadOrganisationId()).orElse(plan.getOwner());
        return LeadLines.read(form.getLeads()).stream()
                .map(l -> leads.findByKindAndName(l.kind(), l.name())
                        .orElseGet(() -> leads.save(new Lead(l.kind(), l.name(), org))))
                .toList();
    }

    /** What a person should know about the reading; for an unreadable timescale, what to fix. */
    private static String note(Timescale read) {
        if (!read.readable() && !read.warnings().isEmpty()) {
            return String.join(" ", read.warnings().stream().map(TimescaleWarning::message).toList());
        }
        return read.note();
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().replace("\r\n", "\n");
    }
}
