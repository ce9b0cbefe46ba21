package org.oversight.testing;

import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The schema of the release before this one, and data as that release stores it. Upgrades are
 * tested from here: Flyway migrates an empty database up to {@link #SCHEMA_VERSION} only, this
 * data goes in, then the rest of the migrations run over it.
 */
public final class PreviousRelease {
    /**
     * The last migration of the previous release. This moves on with every release: set it to the
     * newest migration the release shipped, and bring previous-release-data.sql up to that schema.
     */
    public static final String SCHEMA_VERSION = "20261122.1600";
    /** The bytes of the one stored report file in the data, which holds a zero byte and a 0xFF. */
    public static final byte[] REPORT_BYTES = {'<', 'h', 't', 'm', 'l', '>', 0, (byte) 0xFF, '<', '/', 'h', 't', 'm', 'l', '>'};
    private static final String DATA = "migration/previous-release-data.sql";

    private PreviousRelease() {
    }

    /** Puts the previous release's representative data into a database at {@link #SCHEMA_VERSION}. */
    public static void insertData(DataSource dataSource) {
        ResourceDatabasePopulator script = new ResourceDatabasePopulator(new ClassPathResource(DATA));
        script.setSqlScriptEncoding("UTF-8");
        script.execute(dataSource);
        new JdbcTemplate(dataSource).update("insert into report_pack_file (id, pack_id, format, content, sha256) "
                + "values (901, 901, 'html', ?, ?)", REPORT_BYTES, "9f2c" + "0".repeat(60));
    }
}
