package org.oversight.backup;

/** A backup file that cannot be restored here, said in words; nothing was written. */
public class BackupRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public BackupRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A short code for scripts: NOT_A_BACKUP, SCHEMA_VERSION, NOT_EMPTY, UNKNOWN_TABLE, UNKNOWN_COLUMN, BAD_ROW. */
    public String code() {
        return code;
    }
}
