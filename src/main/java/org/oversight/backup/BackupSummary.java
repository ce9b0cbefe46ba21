package org.oversight.backup;

import java.util.Map;

/**
 * What a backup holds or a restore wrote: the schema version (Flyway's) it belongs to and the
 * number of rows of each table, in the order the tables were written.
 */
public record BackupSummary(String schemaVersion, Map<String, Long> rows) {
    public BackupSummary {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
