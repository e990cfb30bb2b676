package fi.kvverkosto.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A classification scheme, such as the internationalisation stages or TOL 2008 industries. Its {@code key}
 * ({@code kv-stage}) prefixes the codes of its terms ({@code kv-stage:4}) and names its labels in the message bundles;
 * name and description are kept as exchanged in HSDS.
 */
@Entity
@Table(name = "taxonomy")
class Taxonomy {

    @Id
    private UUID id;

    @Column(name = "taxonomy_key", nullable = false, unique = true)
    private String key;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    private String version;

    private String uri;

    private int position;

    protected Taxonomy() {}

    Taxonomy(UUID id, String key) {
        this.id = id;
        this.key = key;
    }

    UUID id() {
        return id;
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    String version() {
        return version;
    }

    String uri() {
        return uri;
    }

    int position() {
        return position;
    }

    void describe(String key, String name, String description, String version, String uri, int position) {
        this.key = key;
        this.name = name;
        this.description = description;
        this.version = version;
        this.uri = uri;
        this.position = position;
    }
}
