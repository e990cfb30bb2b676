package fi.kvverkosto.directory;

import java.util.EnumMap;
import java.util.Map;

/** What applying a catalogue changed, per kind of record. */
public record ImportOutcome(Map<Kind, Counts> counts) {

    public ImportOutcome {
        counts = Map.copyOf(counts);
    }

    public Counts of(Kind kind) {
        return counts.getOrDefault(kind, new Counts(0, 0, 0));
    }

    public boolean changedAnything() {
        return counts.values().stream().anyMatch(c -> c.created() + c.updated() > 0);
    }

    public enum Kind {
        AREA,
        TAXONOMY,
        TERM,
        ORGANISATION,
        SERVICE,
        PROGRAMME
    }

    public record Counts(int created, int updated, int unchanged) {}

    static final class Builder {
        private final Map<Kind, int[]> counts = new EnumMap<>(Kind.class);

        void created(Kind kind) {
            counts.computeIfAbsent(kind, k -> new int[3])[0]++;
        }

        void updated(Kind kind) {
            counts.computeIfAbsent(kind, k -> new int[3])[1]++;
        }

        void unchanged(Kind kind) {
            counts.computeIfAbsent(kind, k -> new int[3])[2]++;
        }

        ImportOutcome build() {
            var result = new EnumMap<Kind, Counts>(Kind.class);
            for (Kind kind : Kind.values()) {
                int[] c = counts.getOrDefault(kind, new int[3]);
                result.put(kind, new Counts(c[0], c[1], c[2]));
            }
            return new ImportOutcome(result);
        }
    }
}
