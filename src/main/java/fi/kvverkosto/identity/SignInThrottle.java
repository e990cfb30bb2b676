package fi.kvverkosto.identity;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: counts failed sign-ins per username and per client address and, once either reaches
 * its limit within the window ({@link SignInLimits}), refuses further attempts for that username or address until the
 * window has passed. A successful sign-in clears the username's count (not the address's: one colleague signing in
 * does not excuse another's guesses).
 *
 * <p>Usernames are counted whether or not such an account exists, so that a lock tells nothing about which accounts
 * exist. Counts live in memory, per application instance; a restart forgets them. Each tracked key holds a bucket4j
 * bucket whose tokens are the failures still allowed; the whole allowance returns at once when the window has passed
 * since the bucket was made, and a full bucket is the same as no entry, so it may be forgotten.
 */
@Component
class SignInThrottle {

    private final Counter accounts;
    private final Counter addresses;

    SignInThrottle(SignInLimits limits, Clock clock) {
        TimeMeter time = new ClockTimeMeter(clock);
        this.accounts = new Counter(limits.maxFailuresPerAccount(), limits.window(), limits.maxTracked(), time);
        this.addresses = new Counter(limits.maxFailuresPerAddress(), limits.window(), limits.maxTracked(), time);
    }

    /** How long the username or the address is still locked for, the longer of the two; empty when neither is. */
    Optional<Duration> lockedFor(String username, String address) {
        Duration account = accounts.lockedFor(accountKey(username));
        Duration from = addresses.lockedFor(addressKey(address));
        Duration longer = account.compareTo(from) >= 0 ? account : from;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    void recordFailure(String username, String address) {
        accounts.recordFailure(accountKey(username));
        addresses.recordFailure(addressKey(address));
    }

    void recordSuccess(String username) {
        accounts.forget(accountKey(username));
    }

    /** How many usernames and addresses are tracked now; for tests of the memory bound. */
    int tracked() {
        return accounts.size() + addresses.size();
    }

    private static String accountKey(String username) {
        String normalized = Usernames.normalize(username);
        // No account has a longer name; cutting keeps an attacker's very long names from costing memory.
        return normalized.length() > Usernames.MAX_LENGTH ? normalized.substring(0, Usernames.MAX_LENGTH) : normalized;
    }

    private static String addressKey(String address) {
        return address == null ? "unknown" : address;
    }

    /** Failures per key, for one kind of key. */
    private static final class Counter {

        private final int allowed;
        private final Duration window;
        private final int maxTracked;
        private final TimeMeter time;
        private final Map<String, Tracked> buckets = new ConcurrentHashMap<>();

        Counter(int allowed, Duration window, int maxTracked, TimeMeter time) {
            this.allowed = allowed;
            this.window = window;
            this.maxTracked = maxTracked;
            this.time = time;
        }

        private record Tracked(Bucket bucket, long createdNanos) {}

        Duration lockedFor(String key) {
            Tracked tracked = buckets.get(key);
            if (tracked == null) {
                return Duration.ZERO;
            }
            var probe = tracked.bucket().estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
        }

        void recordFailure(String key) {
            // A full bucket means the last series is over: start the window anew at this first failure.
            Tracked tracked = buckets.compute(
                    key,
                    (k, old) -> old == null || isOver(old) ? new Tracked(newBucket(), time.currentTimeNanos()) : old);
            tracked.bucket().tryConsume(1);
            if (buckets.size() > maxTracked) {
                evict();
            }
        }

        void forget(String key) {
            buckets.remove(key);
        }

        int size() {
            return buckets.size();
        }

        private boolean isOver(Tracked tracked) {
            return tracked.bucket().getAvailableTokens() >= allowed;
        }

        private Bucket newBucket() {
            return Bucket.builder()
                    .addLimit(limit -> limit.capacity(allowed).refillIntervally(allowed, window))
                    .withCustomTimePrecision(time)
                    .build();
        }

        /**
         * Forgets keys whose window has passed; if that is not enough (many keys failing at once), the oldest ones. The
         * per-address limit still holds an attacker who floods usernames to push their targets out.
         */
        private synchronized void evict() {
            buckets.values().removeIf(this::isOver);
            int target = maxTracked - Math.max(1, maxTracked / 10);
            if (buckets.size() > target) {
                buckets.entrySet().stream()
                        .sorted(Comparator.comparingLong(e -> e.getValue().createdNanos()))
                        .limit(buckets.size() - (long) target)
                        .map(Map.Entry::getKey)
                        .toList()
                        .forEach(buckets::remove);
            }
        }
    }

    /** Bucket4j's time from the application clock, so that tests can move time forward. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
