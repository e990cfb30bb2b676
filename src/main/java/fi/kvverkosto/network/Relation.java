package fi.kvverkosto.network;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.envers.Audited;

/**
 * A declared, directed relation between two organisations of the directory: who refers companies to whom, who funds
 * whom, who is a member of which network. Edited by staff with optimistic locking; Envers keeps its history.
 */
@Entity
@Table(name = "network_relation")
@Audited
class Relation {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "source_id", nullable = false)
    private UUID sourceId;

    @Column(name = "target_id", nullable = false)
    private UUID targetId;

    /** The service the relation is about, one of the source's or the target's; required for co-delivery. */
    @Column(name = "service_id")
    private UUID serviceId;

    @Convert(converter = TypeConverter.class)
    @Column(nullable = false)
    private RelationType type;

    @Embedded
    @EmbeddedColumnNaming("description_%s")
    private LocalizedText description;

    /** Where the relation is known from: an address or a short citation. */
    private String evidence;

    private LocalDate validFrom;

    private LocalDate validTo;

    /** Part of the built-in demo data, not a fact someone has checked. */
    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false)
    private Instant lastModified;

    protected Relation() {}

    Relation(UUID id) {
        this.id = id;
    }

    void update(
            UUID sourceId,
            UUID targetId,
            RelationType type,
            UUID serviceId,
            LocalizedText description,
            String evidence,
            LocalDate validFrom,
            LocalDate validTo,
            boolean demo,
            Instant now) {
        if (!type.declared()) {
            throw new IllegalArgumentException("Derived relations are not stored: " + type.code());
        }
        if (sourceId.equals(targetId)) {
            throw new IllegalArgumentException("A relation joins two different organisations");
        }
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.type = type;
        this.serviceId = serviceId;
        this.description = description == null ? LocalizedText.EMPTY : description;
        this.evidence = evidence;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.demo = demo;
        this.lastModified = now;
    }

    /** Whether the relation holds on a day: it has begun and not yet ended. */
    boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    UUID sourceId() {
        return sourceId;
    }

    UUID targetId() {
        return targetId;
    }

    RelationType type() {
        return type;
    }

    /** The service the relation is about, or null. */
    UUID serviceId() {
        return serviceId;
    }

    LocalizedText description() {
        return description == null ? LocalizedText.EMPTY : description;
    }

    String evidence() {
        return evidence;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    boolean demo() {
        return demo;
    }

    Instant lastModified() {
        return lastModified;
    }

    @Converter
    static class TypeConverter implements AttributeConverter<RelationType, String> {

        @Override
        public String convertToDatabaseColumn(RelationType type) {
            return type == null ? null : type.code();
        }

        @Override
        public RelationType convertToEntityAttribute(String code) {
            return code == null ? null : RelationType.fromCode(code).orElseThrow();
        }
    }
}
