package org.oversight.reporting.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanItemNotFound;
import org.oversight.plan.PlanRepository;
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
    private final PlanRepository plans;
    private final PackAssembler assembler;
    private final PackRenderer renderer;
    private final IssuedPackRepository packs;
    private final IssuedPackFileRepository files;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PackService(PlanRepository plans, PackAssembler assembler, PackRenderer renderer, IssuedPackRepository packs,
                IssuedPackFileRepository files, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.assembler = assembler;
        this.renderer = renderer;
        this.packs = packs;
        this.files = files;
        this.json = json;
        this.events = events;
        this.clock = clock;
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
                request.forPublication(), username, clock.instant()));
        files.save(new IssuedPackFile(issued.getId(), MODEL, json.writeValueAsBytes(pack)));
        for (ReportFormat format : ReportFormat.values()) {
            files.save(new IssuedPackFile(issued.getId(), format.extension(), renderer.render(pack, format)));
        }
        events.publishEvent(new ReportPackIssued(issued.getId(), planId, request.board(), username));
        return issued.summary();
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
    public Optional<byte[]> issuedFile(long packId, ReportFormat format) {
        return files.findByPackIdAndFormat(packId, format.extension()).map(IssuedPackFile::getContent);
    }
}
