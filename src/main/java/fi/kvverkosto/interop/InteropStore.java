package fi.kvverkosto.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the interop module keeps beside the directory so that exports give back what was imported: the ids of HSDS
 * records the directory has no place for (translation attributes, contact phones), and facts of the exchanged files
 * such as the version of {@code municipalities.json}. Joins the caller's transaction, so a failed or dry-run import
 * leaves it unchanged too.
 */
@Component
class InteropStore {

    /**
     * An HSDS record that the directory keeps only as a text: a translation ({@code description.en}) or a contact's
     * phone ({@code phone}) of an owner (service, organisation, cost option, term or contact).
     */
    record AttributeKey(UUID owner, String key) {}

    private final JdbcTemplate jdbc;

    InteropStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<AttributeKey, UUID> attributeIds() {
        Map<AttributeKey, UUID> ids = new HashMap<>();
        jdbc.query("select owner_id, attribute_key, attribute_id from hsds_attribute_id", rs -> {
            ids.put(new AttributeKey(rs.getObject(1, UUID.class), rs.getString(2)), rs.getObject(3, UUID.class));
        });
        return ids;
    }

    /** Records imported ids; an id given to another text before moves to this one. */
    void saveAttributeIds(Map<AttributeKey, UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        ids.forEach((key, id) -> rows.add(new Object[] {id, key.owner(), key.key()}));
        jdbc.batchUpdate(
                "delete from hsds_attribute_id where attribute_id = ? or (owner_id = ? and attribute_key = ?)", rows);
        List<Object[]> inserts = new ArrayList<>();
        ids.forEach((key, id) -> inserts.add(new Object[] {key.owner(), key.key(), id}));
        jdbc.batchUpdate(
                "insert into hsds_attribute_id (owner_id, attribute_key, attribute_id) values (?, ?, ?)", inserts);
    }

    /**
     * Keeps ids handed out for texts that had none; returns false when another export got there first with ids of its
     * own (the caller then reads them and tries again).
     */
    boolean addAttributeIds(Map<AttributeKey, UUID> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        List<Object[]> rows = new ArrayList<>();
        ids.forEach((key, id) -> rows.add(new Object[] {key.owner(), key.key(), id}));
        int[] counts = jdbc.batchUpdate(
                "insert into hsds_attribute_id (owner_id, attribute_key, attribute_id) values (?, ?, ?)"
                        + " on conflict do nothing",
                rows);
        for (int count : counts) {
            if (count == 0) {
                return false;
            }
        }
        return true;
    }

    Optional<String> setting(String key) {
        return jdbc
                .queryForList("select setting_value from hsds_setting where setting_key = ?", String.class, key)
                .stream()
                .findFirst();
    }

    void saveSetting(String key, String value) {
        jdbc.update("delete from hsds_setting where setting_key = ?", key);
        if (value != null) {
            jdbc.update("insert into hsds_setting (setting_key, setting_value) values (?, ?)", key, value);
        }
    }
}
