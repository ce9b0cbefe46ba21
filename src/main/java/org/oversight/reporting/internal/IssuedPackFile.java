package org.oversight.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One stored rendering of an issued pack ("json" for the model, or a format's extension), with its digest. */
@Entity
@Table(name = "report_pack_file")
class IssuedPackFile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "pack_id")
    private long packId;
    private String format;
    private byte[] content;
    private String sha256;

    protected IssuedPackFile() {
    }

    IssuedPackFile(long packId, String format, byte[] content) {
        this.packId = packId;
        this.format = format;
        this.content = content.clone();
        this.sha256 = digest(content);
    }

    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] getContent() { return content.clone(); }
    String getFormat() { return format; }
    long getPackId() { return packId; }
    int size() { return content.length; }
    String getSha256() { return sha256; }
}
