package fi.kvverkosto.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A use's id is a UUID of version 7: it sorts by the use's time, yet is random enough not to be guessed. */
class DemandSignalIdTests {

    @Test
    void anIdIsAVersion7UuidOfTheUsesMillisecond() {
        Instant at = Instant.parse("2026-11-27T16:20:14.123Z");
        UUID id = DemandSignal.useId(at);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void laterUsesSortAfterEarlierOnesAsUnsignedNumbers() {
        Instant at = Instant.parse("2026-11-27T16:20:14Z");
        UUID previous = DemandSignal.useId(at);
        for (int i = 1; i <= 1000; i++) {
            UUID next = DemandSignal.useId(at.plusMillis(i));
            assertThat(Long.compareUnsigned(next.getMostSignificantBits(), previous.getMostSignificantBits()))
                    .as("%s after %s", next, previous)
                    .isPositive();
            // The text form sorts the same way (PostgreSQL compares uuids byte by byte).
            assertThat(next.toString()).isGreaterThan(previous.toString());
            previous = next;
        }
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Instant at = Instant.parse("2026-11-27T16:20:14Z");
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(DemandSignal.useId(at));
        }
        assertThat(ids).hasSize(10_000);
    }
}
