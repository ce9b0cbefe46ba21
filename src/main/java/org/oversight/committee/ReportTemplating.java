package org.oversight.committee;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.oversight.audit.AuditTrail;
import org.oversight.governance.Board;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Changes to a board's report template, each audited. A change made from an older revision than
 * the stored one is refused, so that two clerks editing at once never lose a change unseen.
 */
@Service
public class ReportTemplating {
    static final String AUDIT_TYPE = "Report template";
    private final ReportTemplates templates;
    private final AuditTrail audit;

    ReportTemplating(ReportTemplates templates, AuditTrail audit) {
        this.templates = templates;
        this.audit = audit;
    }

    /** What became of a change: saved, refused for its problems (the template as edited), or made from an older revision. */
    public record Outcome(ReportTemplate template, Map<String, String> problems, boolean conflict) {
        public boolean saved() { return problems.isEmpty() && !conflict; }
    }

    /** The board's template: the stored one, else the standard one. */
    @Transactional(readOnly = true)
    public ReportTemplate of(Board board) {
        return templates.of(board);
    }

    /**
     * Applies the sections as edited (headings, guidance, which implications are stated), then the
     * step (a move, a removal or an addition), from the revision the editor started with.
     */
    @Transactional
    public Outcome change(Board board, Integer fromRevision, List<TemplateSection> edited, Consumer<ReportTemplate> step, String what) {
        ReportTemplate template = templates.of(board);
        if (fromRevision == null || fromRevision != template.getRevision()) {
            return new Outcome(template, Map.of(), true);
        }
        Map<String, String> before = template.state();
        try {
            template.rewrite(edited);
        } catch (IllegalArgumentException changed) {
            return new Outcome(template, Map.of(), true);
        }
        Map<String, String> problems = template.problems();
        if (problems.isEmpty()) {
            try {
                step.accept(template);
            } catch (ReportTemplate.TemplateRefused refused) {
                problems = Map.of(refused.field(), refused.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Outcome(template, problems, false);
        }
        template.revised();
        ReportTemplate saved = templates.saveAndFlush(template);
        audit.record(AUDIT_TYPE, saved.getId(), "template " + what.split(" ")[0], what.substring(0, 1).toUpperCase(java.util.Locale.UK) + what.substring(1)
                + " in the report template of " + board.getName() + " (revision " + saved.getRevision() + ")", before, saved.state());
        return new Outcome(saved, Map.of(), false);
    }

    /** Adds a section of the council's own to the board's template, as the editor's "Add the section" does; its key. */
    @Transactional
    public String addSection(Board board, String heading, String guidance) {
        ReportTemplate template = templates.of(board);
        Outcome outcome = change(board, template.getRevision(), template.getSections(), t -> t.add(heading, guidance),
                "added the section " + heading);
        if (!outcome.saved()) {
            throw new IllegalArgumentException(String.join("; ", outcome.problems().values()));
        }
        return outcome.template().getSections().stream().filter(s -> s.getHeading().equals(heading.strip())).findFirst()
                .orElseThrow().getKey();
    }
}
