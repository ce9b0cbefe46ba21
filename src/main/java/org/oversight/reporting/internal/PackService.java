package org.oversight.reporting.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanItemNotFound;
import org.oversight.plan.PlanRepository;
import org.oversight.reporting.IssuedFile;
import org.oversight.reporting.IssuedPackSummary;
import org.oversight.reporting.PackRequest;
import org.oversight.reporting.ReportFormat;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPackIssued;
import org.oversight.reporting.ReportPacks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class PackService implements ReportPacks {
    static final String MODEL = "json";
    static final String AUDITED = "ReportPack";
    private final PlanRepository plans;
    private final PackAssembler assembler;
    private final PackRenderer renderer;
    private final IssuedPackRepository packs;
    private final IssuedPackFileRepository files;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    PackService(PlanRepository plans, PackAssembler assembler, PackRenderer renderer, IssuedPackRepository packs,
                IssuedPackFileRepository files, JsonMapper json, ApplicationEventPublisher events, Clock clock,
                AuditTrail audit) {
        this.plans = plans;
        this.assembler = assembler;
        this.renderer = renderer;
        this.packs = packs;
        this.files = files;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReportPack> prepare(long planId, PackRequest request) {
        return plans.findById(planId).filter(p -> !p.isArchived()).map(plan -> build(plan, request));
    }

    private ReportPack build(ActionPlan plan, PackRequest request) {
        return assembler.assemble(plan, request, previous(plan.getId(), request.board()));
    }

    private Optional<PreviousPack> previous(long planId, String board) {
        return packs.findFirstByPlanIdAndBoardKeyOrderByIssuedAtDescIdDesc(planId, IssuedPack.keyOf(board))
                .flatMap(p -> issuedModel(p.getId()).map(model -> new PreviousPack(p.getId(), p.getIssuedAt(), model)));
    }

    @Override
    public byte[] render(ReportPack pack, ReportFormat format) {
        return renderer.render(pack, format);
    }

    @Override
    @Transactional
    public IssuedPackSummary issue(long planId, PackRequest request, String username) {
        ActionPlan plan = plans.findById(planId).filter(p -> !p.isArchived())
                .orElseThrow(() -> PlanItemNotFound.plan(planId));
        ReportPack pack = build(plan, request);
        IssuedPack issued = packs.save(new IssuedPack(planId, request.board(), request.meeting(), request.asAt(),
                request.forPublication(), username, clock.instant(), pack.containsExempt()));
        Map<String, String> digests = new LinkedHashMap<>();
        IssuedPackFile model = files.save(new IssuedPackFile(issued.getId(), MODEL, json.writeValueAsBytes(pack)));
        digests.put(MODEL, model.getSha256());
        for (ReportFormat format : ReportFormat.values()) {
            IssuedPackFile file = files.save(new IssuedPackFile(issued.getId(), format.extension(), renderer.render(pack, format)));
            digests.put(format.extension(), file.getSha256());
        }
        IssuedPackSummary summary = issued.summary();
        audit.record(AUDITED, issued.getId(), "ISSUED", PackAudit.summary(summary, plan.getTitle()), null,
                PackAudit.state(summary, digests));
        events.publishEvent(new ReportPackIssued(issued.getId(), planId, request.board(), username));
        return summary;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedPackSummary> issued(long planId) {
        return packs.findByPlanIdOrderByIssuedAtDescIdDesc(planId).stream().map(IssuedPack::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedPackSummary> issuedPack(long packId) {
        return packs.findById(packId).map(IssuedPack::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReportPack> issuedModel(long packId) {
        return files.findByPackIdAndFormat(packId, MODEL).map(f -> json.readValue(f.getContent(), ReportPack.class));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedFile> issuedFiles(long packId) {
        return files.findByPackIdOrderById(packId).stream().filter(f -> !MODEL.equals(f.getFormat()))
                .map(f -> new IssuedFile(ReportFormat.named(f.getFormat()).orElseThrow(), f.size(), f.getSha256())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> issuedFile(long packId, ReportFormat format) {
        return files.findByPackIdAndFormat(packId, format.extension()).map(IssuedPackFile::getContent);
    }
}
