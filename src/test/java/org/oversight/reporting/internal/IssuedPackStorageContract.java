package org.oversight.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.security.MessageDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.reporting.IssuedPackSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

/** An issued pack and its files come back from storage exactly as they were kept, on either engine. */
@Transactional
abstract class IssuedPackStorageContract {
    private static final Instant ISSUED = Instant.parse("2026-01-15T10:30:45.123456Z");
    @Autowired
    private TestEntityManager entities;
    @Autowired
    private IssuedPackRepository packs;
    @Autowired
    private IssuedPackFileRepository files;
    private long planId;

    @BeforeEach
    void aPlan() {
        Organisation council = entities.persist(new Organisation("Northshire County Council", OrganisationKind.COUNCIL));
        planId = entities.persistAndFlush(new ActionPlan("Improving help and protection", council,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31))).getId();
    }

    @Test
    @DisplayName("should keep who issued which pack to which board, when to the microsecond, and whether it holds exempt rows")
    void keepsThePack() {
        long id = packs.saveAndFlush(new IssuedPack(planId, "Corporate Parenting Panel", "Panel, 15 January 2026",
                LocalDate.of(2025, 12, 31), false, "manager", ISSUED, true)).getId();
        entities.clear();

        IssuedPackSummary stored = packs.findById(id).orElseThrow().summary();
        assertThat(stored).isEqualTo(new IssuedPackSummary(id, planId, "Corporate Parenting Panel", "Panel, 15 January 2026",
                LocalDate.of(2025, 12, 31), "manager", ISSUED, false, true));
    }

    @Test
    @DisplayName("should give back every file byte for byte, large and binary, with its digest")
    void keepsFilesByteForByte() throws Exception {
        long id = packs.saveAndFlush(pack("Panel", ISSUED)).getId();
        byte[] content = new byte[3 * 1024 * 1024 + 7];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + i / 256);
        }
        files.saveAndFlush(new IssuedPackFile(id, "pdf", content));
        files.saveAndFlush(new IssuedPackFile(id, "json", "{\"cover\":\"Corporate Parenting Panel – £ ▲\"}".getBytes("UTF-8")));
        entities.clear();

        IssuedPackFile pdf = files.findByPackIdAndFormat(id, "pdf").orElseThrow();
        assertThat(pdf.getContent()).isEqualTo(content);
        assertThat(pdf.getSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(new String(files.findByPackIdAndFormat(id, "json").orElseThrow().getContent(), "UTF-8"))
                .isEqualTo("{\"cover\":\"Corporate Parenting Panel – £ ▲\"}");
        assertThat(files.findByPackIdOrderById(id)).extracting(IssuedPackFile::getFormat).containsExactly("pdf", "json");
    }

    @Test
    @DisplayName("should refuse a second file of the same format for one pack")
    void oneFilePerFormat() {
        long id = packs.saveAndFlush(pack("Panel", ISSUED)).getId();
        files.saveAndFlush(new IssuedPackFile(id, "pdf", new byte[] {1}));

        assertThatThrownBy(() -> files.saveAndFlush(new IssuedPackFile(id, "pdf", new byte[] {2})))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    @DisplayName("should find the board's latest pack whatever the case and spacing of its name, and list packs newest first")
    void findsTheBoardsLatestPack() {
        IssuedPack first = packs.save(pack("Corporate Parenting Panel", ISSUED));
        IssuedPack sameMoment = packs.save(pack("corporate  parenting panel ", ISSUED.plusSeconds(60)));
        IssuedPack latest = packs.save(pack("Corporate Parenting Panel", ISSUED.plusSeconds(60)));
        IssuedPack otherBoard = packs.saveAndFlush(pack("Scrutiny Committee", ISSUED.plusSeconds(3600)));
        entities.clear();

        assertThat(packs.findFirstByPlanIdAndBoardKeyOrderByIssuedAtDescIdDesc(planId, IssuedPack.keyOf("CORPORATE PARENTING PANEL")))
                .get().extracting(IssuedPack::getId).isEqualTo(latest.getId());
        assertThat(packs.findByPlanIdOrderByIssuedAtDescIdDesc(planId)).extracting(IssuedPack::getId)
                .containsExactly(otherBoard.getId(), latest.getId(), sameMoment.getId(), first.getId());
        assertThat(packs.findFirstByPlanIdAndBoardKeyOrderByIssuedAtDescIdDesc(planId + 1, IssuedPack.keyOf("Scrutiny Committee")))
                .isEmpty();
    }

    private IssuedPack pack(String board, Instant at) {
        return new IssuedPack(planId, board, null, LocalDate.of(2026, 3, 31), false, "manager", at, false);
    }
}
