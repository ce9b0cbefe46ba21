package org.oversight.audit;

/**
 * What checking the audit chain found: how many entries were checked and either nothing
 * wrong or the first place where the chain breaks, said in words.
 *
 * @param checked entries whose hashes were checked
 * @param unchained entries recorded before the trail was chained, which no hash covers
 * @param brokenAt the chain position where it first breaks, or null when intact
 * @param problem what is wrong there, in words, or null when intact
 */
public record ChainVerification(long checked, long unchained, Long brokenAt, String problem) {
    public boolean intact() {
        return brokenAt == null;
    }

    static ChainVerification intact(long checked, long unchained) {
        return new ChainVerification(checked, unchained, null, null);
    }

    static ChainVerification broken(long checked, long unchained, long position, String problem) {
        return new ChainVerification(checked, unchained, position, problem);
    }
}
