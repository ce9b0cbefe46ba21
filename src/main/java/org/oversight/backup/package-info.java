/**
 * Backup and restore of a whole Oversight database as one JSON file, written and read through
 * the application ({@code oversight export backup}, {@code oversight import backup}), so the same
 * file restores on H2 or PostgreSQL. {@link org.oversight.backup.DatabaseBackup} is the public API.
 */
package org.oversight.backup;
