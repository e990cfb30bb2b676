package fi.kvverkosto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
    final SignInThrottle throttle = new SignInThrottle(new SignInLimits(5, 20, Duration.ofMinutes(15), 1000), clock);

    @Test
    void locksAUsernameAfterFiveFailuresWhateverTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("maija", "192.0.2." + i);
            assertThat(throttle.lockedFor("maija", "192.0.2.99")).isEmpty();
        }
        throttle.recordFailure("maija", "192.0.2.4");

        assertThat(throttle.lockedFor("maija", "192.0.2.99")).hasValue(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("MAIJA ", "192.0.2.99"))
                .as("same username in other case")
                .isPresent();
        assertThat(throttle.lockedFor("matti", "192.0.2.99"))
                .as("another username")
                .isEmpty();
    }

    @Test
    void locksAnAddressAfterTwentyFailuresWhateverTheUsername() {
        for (int i = 0; i < 19; i++) {
            throttle.recordFailure("user" + i, "198.51.100.7");
        }
        assertThat(throttle.lockedFor("someone", "198.51.100.7")).isEmpty();

        throttle.recordFailure("user19", "198.51.100.7");

        assertThat(throttle.lockedFor("someone", "198.51.100.7")).isPresent();
        assertThat(throttle.lockedFor("someone", "198.51.100.8")).isEmpty();
    }

    @Test
    void lockLiftsWhenTheWindowHasPassedSinceTheFirstFailure() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("maija", "192.0.2.1");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.lockedFor("maija", "192.0.2.1")).hasValue(Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(throttle.lockedFor("maija", "192.0.2.1")).hasValue(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedFor("maija", "192.0.2.1")).isEmpty();
    }

    @Test
    void aNewSeriesOfFailuresStartsItsOwnWindow() {
        throttle.recordFailure("maija", "192.0.2.1");
        clock.advance(Duration.ofMinutes(29));
        // The first series is long over: five quick failures now lock for a whole window, not until minute 30.
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("maija", "192.0.2.1");
        }
        assertThat(throttle.lockedFor("maija", "192.0.2.1")).hasValue(Duration.ofMinutes(15));
    }

    @Test
    void successClearsTheUsernamesCountButNotTheAddresses() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("maija", "192.0.2.1");
        }
        throttle.recordSuccess("maija");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("maija", "192.0.2.1");
        }
        assertThat(throttle.lockedFor("maija", "192.0.2.2"))
                .as("4 failures since the success")
                .isEmpty();

        for (int i = 0; i < 12; i++) {
            throttle.recordFailure("other" + i, "192.0.2.1");
        }
        assertThat(throttle.lockedFor("nobody", "192.0.2.1"))
                .as("the address counted all 20 failures")
                .isPresent();
    }

    @Test
    void tellsTheLongerOfTwoLocks() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("a" + i, "192.0.2.1");
        }
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("maija", "192.0.2.2");
        }
        assertThat(throttle.lockedFor("maija", "192.0.2.1")).hasValue(Duration.ofMinutes(15));
    }

    @Test
    void memoryStaysBoundedWhenManyUsernamesFail() {
        var small = new SignInThrottle(new SignInLimits(5, 1_000_000, Duration.ofMinutes(15), 100), clock);
        for (int i = 0; i < 1000; i++) {
            small.recordFailure("guess" + i, "10.0.0." + (i % 250));
        }
        assertThat(small.tracked()).isLessThanOrEqualTo(200);
    }

    @Test
    void entriesWhoseWindowHasPassedAreForgottenBeforeLiveOnes() {
        var small = new SignInThrottle(new SignInLimits(5, 1000, Duration.ofMinutes(15), 10), clock);
        for (int i = 0; i < 5; i++) {
            small.recordFailure("old" + i, "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 5; i++) {
            small.recordFailure("live", "10.0.0.1");
        }
        for (int i = 0; i < 6; i++) {
            small.recordFailure("new" + i, "10.0.0.1");
        }
        // 12 usernames exceeded the bound of 10: the five whose window had passed went, the locked one stayed.
        assertThat(small.tracked()).isEqualTo(7 + 1);
        assertThat(small.lockedFor("live", "10.0.0.2")).isPresent();
    }

    @Test
    void waitIsRoundedUpToWholeMinutes() {
        assertThat(new SignInThrottledException(Duration.ofSeconds(1)).minutes())
                .isEqualTo(1);
        assertThat(new SignInThrottledException(Duration.ofMinutes(14).plusSeconds(1)).minutes())
                .isEqualTo(15);
        assertThat(new SignInThrottledException(Duration.ofMinutes(15)).minutes())
                .isEqualTo(15);
    }
}
