package org.oversight.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The schema of the release before this one, and data as that release stores it. Upgrades are
 * tested from here: Flyway migrates an empty database up to {@link #SCHEMA_VERSION} only, this
 * data goes in, then the rest of the migrations run over it.
 *
 * <p>At each release, move it on to the release just made:
 * <ol>
 * <li>set {@link #SCHEMA_VERSION} to the version of the newest migration the release shipped;</li>
 * <li>bring {@code migration/previous-release-data.sql} up to that schema: a realistic row in
 * every table the release has (new tables included), values in every column it added, values as
 * long as its columns allow where it lengthened them, ids as that release hands them out, and
 * audit entries whose hashes verify (each hash is the SHA-256 of the fields as {@code AuditHash}
 * joins them);</li>
 * <li>if the release changed what a stored report pack's model holds, store one written by the
 * release in {@code migration/previous-release-pack.json};</li>
 * <li>in {@code SchemaUpgradeContract}, assert that what the release added is read back through
 * the application after the upgrade.</li>
 * </ol>
 * Migrations newer than the release are not named anywhere here, so they can land without
 * changing this.
 */
public final class PreviousRelease {
    /** The last migration of the previous release (every migration up to V20261123_0701). */
    public static final String SCHEMA_VERSION = "20261123.0701";
    /** The bytes of the issued pack's web page in the data, which hold a zero byte and a 0xFF. */
    public static final byte[] REPORT_BYTES = {'<', 'h', 't', 'm', 'l', '>', 0, (byte) 0xFF, '<', '/', 'h', 't', 'm', 'l', '>'};
    /** The bytes of the exempt pack's web page. */
    public static final byte[] EXEMPT_REPORT_BYTES = "<html><p>Exempt: paragraph 2</p></html>".getBytes(
            java.nio.charset.StandardCharsets.UTF_8);
    private static final String DATA = "migration/previous-release-data.sql";
    private static final String PACK_MODEL = "migration/previous-release-pack.json";

    private PreviousRelease() {
    }

    /** Puts the previous release's representative data into a database at {@link #SCHEMA_VERSION}. */
    public static void insertData(DataSource dataSource) {
        ResourceDatabasePopulator script = new ResourceDatabasePopulator(new ClassPathResource(DATA));
        script.setSqlScriptEncoding("UTF-8");
        script.execute(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        storeFile(jdbc, 901, 901, "html", REPORT_BYTES);
        storeFile(jdbc, 902, 901, "json", packModel());
        storeFile(jdbc, 903, 902, "html", EXEMPT_REPORT_BYTES);
    }

    /** The stored model of issued pack 901, as the release wrote it. */
    public static byte[] packModel() {
        try (InputStream in = new ClassPathResource(PACK_MODEL).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void storeFile(JdbcTemplate jdbc, long id, long pack, String format, byte[] content) {
        jdbc.update("insert into report_pack_file (id, pack_id, format, content, sha256) values (?, ?, ?, ?, ?)",
                id, pack, format, content, sha256(content));
    }
}
