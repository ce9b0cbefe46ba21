package org.oversight.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 hash that seals an audit entry: of the previous entry's hash, the entry's
 * place in the chain and every field it records. Each field is written with its length
 * (or "-" for none), so no two different entries read the same.
 */
final class AuditHash {
    /** What the first entry of the chain points back to. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditEntry entry) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {entry.getPreviousHash(), entry.getChainPosition(), entry.getAt(),
                entry.getUsername(), entry.getEntityType(), entry.getEntityId(), entry.getChangeKind(),
                entry.getSummary(), entry.getBefore(), entry.getAfter()}) {
            if (field == null) {
                text.append("-;");
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value).append(';');
            }
        }
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
