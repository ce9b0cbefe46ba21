package org.oversight.committee;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanAccess;
import org.oversight.plan.PlanRepository;
import org.oversight.reporting.PackRequest;
import org.oversight.reporting.ReportFormat;
import org.oversight.reporting.ReportPacks;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A plan's report pack appended to a committee report: the reporting feature's pack of a plan of
 * the board's organisation that the author may read, as at a date, rendered once as PDF, Word or
 * Excel and kept as a lettered appendix like an uploaded one, so later changes to the plan leave
 * it as it was. The pack never holds exempt rows, whatever the report, so that a report later
 * made public carries no exempt business in it.
 */
@Component
class PackAppendices {
    /** The formats a pack is appended in. */
    static final List<ReportFormat> FORMATS = List.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX);
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final PlanRepository plans;
    private final PlanAccess access;
    private final ReportPacks packs;
    private final ReportWorkflow workflow;
    private final Clock clock;

    PackAppendices(PlanRepository plans, PlanAccess access, ReportPacks packs, ReportWorkflow workflow, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.packs = packs;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** What the form asks: the plan's id, the "as at" date as day, month and year, and the format's extension. */
    record Request(String plan, String day, String month, String year, String format) {
    }

    /** The plans of the report's board's organisation that the person may read, by title. */
    List<ActionPlan> choosable(CommitteeReport report, Authentication auth) {
        Long owner = report.getMeeting().getBoard().getOrganisationId();
        List<ActionPlan> owned = owner == null ? plans.findByArchivedFalseOrderByTitle().stream()
                .filter(p -> p.getOwnerId() == null).toList() : plans.findByOwner_IdAndArchivedFalseOrderByTitle(owner);
        return owned.stream().filter(p -> access.canRead(auth, p)).toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The problems with the request, each under the id of the field it is about; empty when there are none. */
    Map<String, String> problems(CommitteeReport report, Request asked, Authentication auth) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (asked.plan() == null || asked.plan().isBlank()) {
            problems.put("pack-plan", "Choose the plan whose report pack to attach");
        } else if (plan(report, asked.plan(), auth).isEmpty()) {
            problems.put("pack-plan", "That plan was not found: choose one of the board's organisation's plans");
        }
        if (blank(asked.day()) && blank(asked.month()) && blank(asked.year())) {
            problems.put("pack-date-day", "Enter the date the pack reports progress as at");
        } else {
            Optional<LocalDate> date = date(asked);
            if (date.isEmpty()) {
                problems.put("pack-date-day", "The date the pack reports progress as at must be a real date, for example 31 3 2026");
            } else if (date.get().isAfter(today())) {
                problems.put("pack-date-day", "The date the pack reports progress as at must be today or in the past");
            }
        }
        if (format(asked).isEmpty()) {
            problems.put("pack-format", "Choose PDF, Word or Excel");
        }
        return problems;
    }

    /**
     * Renders the plan's pack and appends it to the report; refused with the reason in words
     * (among them a pack over the appendix limit). The request must have no {@link #problems}.
     */
    ReportAppendix attach(CommitteeReport report, Request asked, Authentication auth, String author) {
        ActionPlan plan = plan(report, asked.plan(), auth).orElseThrow(() -> new IllegalArgumentException("No such plan"));
        return attach(report, plan, date(asked).orElseThrow(), format(asked).orElseThrow(), author);
    }

    /** Renders the plan's pack as at the date in the format and appends it to the report, the author's access already checked. */
    ReportAppendix attach(CommitteeReport report, ActionPlan plan, LocalDate asAt, ReportFormat format, String author) {
        var meeting = report.getMeeting();
        PackRequest request = new PackRequest(meeting.getBoard().getName(), meeting.getDate().format(WRITTEN), asAt, author,
                !report.isExempt(), false);
        byte[] content = packs.render(packs.prepare(plan.getId(), request)
                .orElseThrow(() -> new IllegalArgumentException("No such plan")), format);
        String title = "Report pack: " + shortened(plan.getTitle()) + " as at " + asAt.format(WRITTEN);
        String fileName = "report-pack-plan-" + plan.getId() + "-as-at-" + asAt + "." + format.extension();
        return workflow.attach(report.getId(), title, kept(fileName, content));
    }

    /** The rendered pack as an appendix, refused in words when it is over the appendix limit. */
    static AppendixFile kept(String fileName, byte[] content) {
        if (content.length > AppendixFile.MAX_BYTES) {
            throw new IllegalArgumentException("The plan's report pack is larger than 10 MB: choose another format or an earlier date");
        }
        return AppendixFile.of(fileName, content);
    }

    private Optional<ActionPlan> plan(CommitteeReport report, String id, Authentication auth) {
        if (id == null || !id.strip().matches("\\d{1,12}")) {
            return Optional.empty();
        }
        Long owner = report.getMeeting().getBoard().getOrganisationId();
        return plans.findById(Long.parseLong(id.strip()))
                .filter(p -> !p.isArchived() && Objects.equals(p.getOwnerId(), owner) && access.canRead(auth, p));
    }

    static Optional<LocalDate> date(Request asked) {
        try {
            return Optional.of(LocalDate.of(number(asked.year(), "\\d{4}"), number(asked.month(), "\\d{1,2}"),
                    number(asked.day(), "\\d{1,2}")));
        } catch (DateTimeException | IllegalArgumentException notADate) {
            return Optional.empty();
        }
    }

    private static int number(String field, String digits) {
        if (field == null || !field.strip().matches(digits)) {
            throw new IllegalArgumentException("Not a number");
        }
        return Integer.parseInt(field.strip());
    }

    static Optional<ReportFormat> format(Request asked) {
        String chosen = asked.format() == null || asked.format().isBlank() ? "pdf" : asked.format();
        return ReportFormat.named(chosen).filter(FORMATS::contains);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The plan's title, cut so that the appendix's title stays within 300 characters. */
    private static String shortened(String title) {
        return title.length() <= 250 ? title : title.substring(0, 249) + "\u2026";
    }
}
