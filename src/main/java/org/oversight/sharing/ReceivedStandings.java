package org.oversight.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving side of publishing between instances. An administrator of this instance names
 * each instance that may publish to it and the group here its councils are shown to, and hands
 * it the token issued (only its SHA-256 is kept). A publication with a live token replaces
 * everything that instance sent before, so a council whose share was withdrawn there disappears
 * here at its next publication. Every issue, revocation and publication is on the audit trail.
 */
@Service
@Transactional
public class ReceivedStandings {
    private static final String ENTITY = "SendingInstance";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SendingInstanceRepository instances;
    private final ReceivedStandingRepository standings;
    private final ReceivedFigureRepository figures;
    private final SharingGroupRepository groups;
    private final AuditTrail audit;
    private final Clock clock;

    ReceivedStandings(SendingInstanceRepository instances, ReceivedStandingRepository standings,
                      ReceivedFigureRepository figures, SharingGroupRepository groups, AuditTrail audit, Clock clock) {
        this.instances = instances;
        this.standings = standings;
        this.figures = figures;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a publication did: how many councils, plan standings and figures are now held from the instance. */
    public record Receipt(String instance, int councils, int standings, int figures) {
    }

    /** Lets the named instance publish to the group, with a new token (any earlier one stops working); returns the token. */
    public String issueToken(String name, String groupName, String by) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new SharingRefused("sharing.instance.badName");
        }
        SharingGroup group = groups.findByName(groupName == null ? "" : groupName.strip())
                .orElseThrow(() -> new SharingRefused("sharing.instance.noGroup"));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        SendingInstance instance = instances.findByName(name.strip()).map(i -> {
            i.reissue(group, hash(token), by, clock.instant());
            return i;
        }).orElseGet(() -> instances.save(new SendingInstance(name.strip(), group, hash(token), by, clock.instant())));
        audit.record(ENTITY, instance.getId(), "ISSUE_TOKEN", "Issued a token for " + instance.getName()
                + " to publish what its councils share with " + group.getName(), null, Map.of("group", group.getName()));
        return token;
    }

    /** Stops the named instance publishing; what it sent stays until removed. False when there is no such instance. */
    public boolean revoke(String name) {
        return instances.findByName(name == null ? "" : name.strip()).map(i -> {
            i.revoke(clock.instant());
            audit.record(ENTITY, i.getId(), "REVOKE_TOKEN", "Revoked the token of " + i.getName(), null, null);
            return true;
        }).orElse(false);
    }

    /** The instance whose live token this is. */
    @Transactional(readOnly = true)
    public Optional<SendingInstance> holderOf(String token) {
        return token == null || token.isBlank() ? Optional.empty()
                : instances.findByTokenHash(hash(token.strip())).filter(i -> !i.isRevoked());
    }

    /** Replaces everything the instance sent before with this publication, which must have no problem. */
    public Receipt accept(SendingInstance instance, PublishedStandings published) {
        Instant now = clock.instant();
        standings.deleteFrom(instance);
        figures.deleteFrom(instance);
        int plans = 0;
        int held = 0;
        for (PublishedStandings.Council council : published.councils()) {
            for (PublishedStandings.Plan plan : council.plans() == null ? List.<PublishedStandings.Plan>of() : council.plans()) {
                plans++;
                for (PublishedStandings.Standing standing : plan.standings() == null ? List.<PublishedStandings.Standing>of()
                        : plan.standings()) {
                    standings.save(new ReceivedStanding(instance, council, plan, standing, now));
                }
            }
            for (PublishedStandings.Figure figure : council.figures() == null ? List.<PublishedStandings.Figure>of()
                    : council.figures()) {
                figures.save(new ReceivedFigure(instance, council.name(), council.laCode(), figure, now));
                held++;
            }
        }
        Receipt receipt = new Receipt(instance.getName(), published.councils().size(), plans, held);
        audit.record(ENTITY, instance.getId(), "RECEIVE", "Received the shared standings of " + receipt.councils()
                + " councils from " + instance.getName(), null, Map.of("councils", receipt.councils(), "plans", plans,
                "figures", held));
        return receipt;
    }

    /**
     * The rows other instances published to the group as at the date: each plan's latest standing
     * as at the date or before, of the named region only when one is given.
     */
    @Transactional(readOnly = true)
    public List<OverviewRow> rows(SharingGroup group, LocalDate asAt, String region) {
        return rows(instancesOf(List.of(group.getId())), asAt, region);
    }

    /** The rows the given sending instances published, as {@link #rows(SharingGroup, LocalDate, String)} gives them. */
    List<OverviewRow> rows(List<Long> from, LocalDate asAt, String region) {
        if (from.isEmpty()) {
            return List.of();
        }
        Map<String, ReceivedStanding> latest = new LinkedHashMap<>();
        standings.findUpTo(from, asAt).forEach(s -> latest.put(s.getInstance().getId() + "|" + s.getCouncil() + "|"
                + s.getPlanKey(), s));
        return latest.values().stream().filter(s -> region == null || region.isBlank() || region.equals(s.getRegion()))
                .map(s -> s.row(asAt)).toList();
    }

    /** The regions of the councils the given sending instances published. */
    List<String> regionsIn(List<Long> from) {
        return from.isEmpty() ? List.of() : standings.regionsOf(from);
    }

    /** The figures for the code and period that councils of other instances share with any of the groups. */
    @Transactional(readOnly = true)
    public List<Comparison.Line> figures(Collection<Long> groupIds, String code, String period) {
        List<Long> from = instancesOf(groupIds);
        return from.isEmpty() ? List.of() : figures.findFor(code, period, from).stream()
                .map(f -> new Comparison.Line(f.getCouncil() + " (from " + f.getInstance().getName() + ", received "
                        + java.time.LocalDate.ofInstant(f.getReceivedAt(), java.time.ZoneOffset.UTC) + ")",
                        f.getLaCode() == null ? f.getInstance().getName() + ":" + f.getCouncil() : f.getLaCode(),
                        f.getFigure())).toList();
    }

    /** The sending instances that publish to any of the groups. */
    List<Long> instancesOf(Collection<Long> groupIds) {
        return groupIds.isEmpty() ? List.of() : instances.idsPublishingTo(groupIds);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
