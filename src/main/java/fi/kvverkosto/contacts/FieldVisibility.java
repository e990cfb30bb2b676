package fi.kvverkosto.contacts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The chosen visibility of a record's fields, stored as {@code key=LEVEL,key=LEVEL}; a field not named has its
 * standard visibility. Immutable.
 */
final class FieldVisibility<F extends Enum<F>> {

    private final Map<F, Visibility> chosen;

    private FieldVisibility(Map<F, Visibility> chosen) {
        this.chosen = chosen;
    }

    static <F extends Enum<F>> FieldVisibility<F> of(Class<F> type, Map<F, Visibility> chosen) {
        var map = new EnumMap<F, Visibility>(type);
        map.putAll(chosen);
        return new FieldVisibility<>(Collections.unmodifiableMap(map));
    }

    /** Reads the stored form; unknown fields or levels are an error, as they would silently widen visibility. */
    static <F extends Enum<F>> FieldVisibility<F> parse(Class<F> type, String stored) {
        var map = new EnumMap<F, Visibility>(type);
        if (stored != null && !stored.isBlank()) {
            for (String pair : stored.split(",")) {
                String[] parts = pair.split("=", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("Not a field visibility: " + pair);
                }
                map.put(
                        Enum.valueOf(type, parts[0].strip().toUpperCase(Locale.ROOT)),
                        Visibility.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
            }
        }
        return new FieldVisibility<>(Collections.unmodifiableMap(map));
    }

    String format() {
        if (chosen.isEmpty()) {
            return "";
        }
        return chosen.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    Map<F, Visibility> chosen() {
        return chosen;
    }

    Visibility get(F field, Visibility standard) {
        return chosen.getOrDefault(field, standard);
    }
}
