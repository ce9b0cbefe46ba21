package org.oversight.reporting;

import java.util.List;
import java.util.Optional;

/** Prepares, renders, issues and retrieves board report packs. */
public interface ReportPacks {

    /** A pack for the plan as it stands, compared with the board's previous issued pack; empty when there is no such plan. */
    Optional<ReportPack> prepare(long planId, PackRequest request);

    byte[] render(ReportPack pack, ReportFormat format);

    /**
     * Prepares the pack, renders every format and keeps them with the model, as issued by
     * {@code username}, and records the issue in the audit trail with a digest of each file.
     */
    IssuedPackSummary issue(long planId, PackRequest request, String username);

    /** Packs issued for a plan, newest first. */
    List<IssuedPackSummary> issued(long planId);

    Optional<IssuedPackSummary> issuedPack(long packId);

    /** The model of an issued pack, exactly as it was stored. */
    Optional<ReportPack> issuedModel(long packId);

    /** The files of an issued pack with their digests, the model ("json") left out. */
    List<IssuedFile> issuedFiles(long packId);

    /** A format of an issued pack, byte for byte as it was issued. */
    Optional<byte[]> issuedFile(long packId, ReportFormat format);
}
