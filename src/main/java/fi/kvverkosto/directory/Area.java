package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A geographic area a service can cover: the EU, Finland, the region, a sub-region or a municipality. Identified by a
 * persistent URI such as {@code urn:fi:stat:kunta:182}; municipalities also carry their Statistics Finland code.
 * Reference data: seeded by a migration, updated by importing {@code municipalities.json}.
 */
@Entity
@Table(name = "area")
class Area {

    @Id
    private String uri;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AreaType type;

    @Embedded
    @EmbeddedColumnNaming("name_%s")
    private LocalizedText name;

    /** The URI of the area this one lies in; null for the largest. */
    private String parentUri;

    /** For municipalities: {@code kunta} or {@code kaupunki}. */
    private String municipalityKind;

    /** For municipalities: the organisation that develops business there, when known. */
    private UUID developmentOrganisationId;

    private String developmentOrganisationName;

    private String note;

    private int position;

    protected Area() {}

    Area(String uri, String code, AreaType type, LocalizedText name, String parentUri, int position) {
        this.uri = uri;
        this.code = code;
        this.type = type;
        this.name = name;
        this.parentUri = parentUri;
        this.position = position;
    }

    String uri() {
        return uri;
    }

    String code() {
        return code;
    }

    AreaType type() {
        return type;
    }

    LocalizedText name() {
        return name;
    }

    String parentUri() {
        return parentUri;
    }

    String municipalityKind() {
        return municipalityKind;
    }

    UUID developmentOrganisationId() {
        return developmentOrganisationId;
    }

    String developmentOrganisationName() {
        return developmentOrganisationName;
    }

    String note() {
        return note;
    }

    int position() {
        return position;
    }

    void describe(
            LocalizedText name,
            String parentUri,
            String municipalityKind,
            UUID developmentOrganisationId,
            String developmentOrganisationName,
            String note,
            int position) {
        this.name = name;
        this.parentUri = parentUri;
        this.municipalityKind = municipalityKind;
        this.developmentOrganisationId = developmentOrganisationId;
        this.developmentOrganisationName = developmentOrganisationName;
        this.note = note;
        this.position = position;
    }
}
