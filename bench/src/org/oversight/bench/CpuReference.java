package org.oversight.bench;

import java.security.MessageDigest;

/**
 * How fast this machine's processor is right now: the milliseconds one thread takes to hash the
 * same 256 MB with SHA-256 (the best of three). Printed before and after the load runs, so that
 * runs on a shared or throttled machine can be told apart from changes in the application: the
 * same code measured while this figure was 30% higher costs about 30% more.
 */
public final class CpuReference {
    private CpuReference() {
    }

    public static void main(String[] args) throws Exception {
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31);
        }
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 4; run++) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long start = System.nanoTime();
            for (int i = 0; i < 256; i++) {
                sha.update(block);
            }
            sha.digest();
            long took = (System.nanoTime() - start) / 1_000_000;
            if (run > 0) {
                best = Math.min(best, took);
            }
        }
        System.out.println(best + " ms");
    }
}
