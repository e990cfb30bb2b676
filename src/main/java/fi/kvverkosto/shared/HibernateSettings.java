package fi.kvverkosto.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Helpers for the Hibernate properties that several modules contribute to. */
public final class HibernateSettings {

    private HibernateSettings() {}

    /**
     * Adds a value to a setting that takes a list (such as {@code hibernate.search.mapping.configurer}), keeping what
     * other modules put there before, whichever module's customiser runs first.
     */
    public static void addToList(Map<String, Object> properties, String key, Object value) {
        properties.merge(key, value, (existing, added) -> {
            List<Object> all = new ArrayList<>();
            for (Object one : List.of(existing, added)) {
                if (one instanceof Collection<?> many) {
                    all.addAll(many);
                } else {
                    all.add(one);
                }
            }
            return all;
        });
    }
}
