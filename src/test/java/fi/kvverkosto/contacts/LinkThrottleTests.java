package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class LinkThrottleTests {

    static SelfServiceSettings settings(int perAddress, int perClient) {
        return new SelfServiceSettings(
                "http://localhost:8080/",
                "kv <a@example.org>",
                Duration.ofMinutes(15),
                Duration.ofDays(7),
                perAddress,
                perClient,
                Duration.ofHours(1),
                Period.ofMonths(24));
    }

    @Test
    void limitsLinksPerAddressWhateverItsCase() {
        var throttle = new LinkThrottle(settings(2, 100));
        assertThat(throttle.tryAcquire("a@example.org", "10.0.0.1")).isTrue();
        assertThat(throttle.tryAcquire("A@Example.org", "10.0.0.2")).isTrue();
        assertThat(throttle.tryAcquire("a@example.org", "10.0.0.3")).isFalse();
        assertThat(throttle.tryAcquire("b@example.org", "10.0.0.3")).isTrue();
    }

    @Test
    void limitsRequestsPerClientAcrossAddresses() {
        var throttle = new LinkThrottle(settings(100, 3));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAcquire("probe" + i + "@example.org", "10.0.0.9"))
                    .isTrue();
        }
        assertThat(throttle.tryAcquire("probe9@example.org", "10.0.0.9")).isFalse();
        assertThat(throttle.tryAcquire("probe9@example.org", "10.0.0.10")).isTrue();
    }

    @Test
    void aTokenIsUsableOnceAndOnlyBeforeItExpires() {
        var now = Instant.parse("2026-11-27T10:00:00Z");
        var token = new SignInToken("h", java.util.UUID.randomUUID(), SignInToken.SIGN_IN, now, now.plusSeconds(900));
        assertThat(token.usableAt(now.plusSeconds(899))).isTrue();
        assertThat(token.usableAt(now.plusSeconds(900))).isFalse();
        token.use(now.plusSeconds(1));
        assertThat(token.usableAt(now.plusSeconds(2))).isFalse();
    }

    @Test
    void tokensAreRandomAndOnlyTheirHashIsKept() {
        String a = SignInLinks.newToken();
        String b = SignInLinks.newToken();
        assertThat(a).hasSize(43).isNotEqualTo(b).matches("[A-Za-z0-9_-]+");
        assertThat(SignInLinks.hash(a)).hasSize(64).isNotEqualTo(a).isEqualTo(SignInLinks.hash(a));
        assertThat(settings(1, 1).publicUrl()).isEqualTo("http://localhost:8080");
    }
}
