package org.oversight.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.oversight.account.Account;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. Five failures in a row lock a username for 15 minutes:
 * a real account through its failed_attempts and locked_until columns, an unknown username
 * in memory, so the sign-in page behaves the same either way and reveals nothing. Each
 * client address may also fail only a limited number of times in 15 minutes.
 */
@Component
class SignInThrottle {
    private static final int MAX_TRACKED = 10_000;
    private final AccountRepository accounts;
    private final Clock clock;
    private final int maxFailuresPerAddress;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByUnknownName = new ConcurrentHashMap<>();

    SignInThrottle(AccountRepository accounts, ObjectProvider<Clock> clock, AccountProperties properties) {
        this.accounts = accounts;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.maxFailuresPerAddress = properties.signIn().maxFailuresPerAddress();
    }

    boolean isAddressBlocked(String address) {
        return recent(failuresByAddress, address) >= maxFailuresPerAddress;
    }

    @Transactional(readOnly = true)
    boolean isLocked(String username) {
        String key = normalise(username);
        return accounts.findByUsernameIgnoreCase(key)
                .map(account -> account.isLockedAt(clock.instant()))
                .orElseGet(() -> recent(failuresByUnknownName, key) >= Account.MAX_FAILED_ATTEMPTS);
    }

    @Transactional
    void recordFailure(String username, String address) {
        Instant now = clock.instant();
        remember(failuresByAddress, address, now);
        String key = normalise(username);
        accounts.findByUsernameIgnoreCase(key).ifPresentOrElse(
                account -> account.recordFailedSignIn(now),
                () -> remember(failuresByUnknownName, key, now));
    }

    @Transactional
    void recordSuccess(String username) {
        accounts.findByUsernameIgnoreCase(normalise(username)).ifPresent(Account::recordSuccessfulSignIn);
    }

    private int recent(Map<String, Deque<Instant>> failures, String key) {
        Deque<Instant> times = failures.get(key == null ? "" : key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant since = clock.instant().minus(Account.LOCK_DURATION);
            times.removeIf(t -> t.isBefore(since));
            return times.size();
        }
    }

    private void remember(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        Deque<Instant> times = failures.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }
}
