package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A service a provider offers to companies, with where it is available, in which languages, at what cost and how it is
 * classified. Named {@code ServiceListing} so that it does not clash with Spring's {@code @Service}; the table is
 * {@code service} as in HSDS.
 */
@Entity
@Table(name = "service")
@Audited
class ServiceListing {

    @Id
    private UUID id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Embedded
    @EmbeddedColumnNaming("name_%s")
    private LocalizedText name;

    @Embedded
    @EmbeddedColumnNaming("description_%s")
    private LocalizedText description;

    private String url;

    private String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ServiceStatus status;

    /** Why the service is inactive or what to watch out for. */
    @Embedded
    @EmbeddedColumnNaming("alert_%s")
    private LocalizedText alert;

    /** Who can use the service (HSDS {@code eligibility_description}). */
    @Embedded
    @EmbeddedColumnNaming("eligibility_%s")
    private LocalizedText eligibility;

    /** What it costs in words (HSDS {@code fees_description}). */
    @Embedded
    @EmbeddedColumnNaming("fees_%s")
    private LocalizedText fees;

    /** Keeps the order of the exchanged catalogue, so that exports come out in the order imported. */
    private int position;

    /** When a person last checked the facts. */
    private LocalDate assuredDate;

    @Column(nullable = false)
    private Instant lastModified;

    /** The programme the service is delivered under (HSDS {@code program_id}), or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ServiceArea> areas = new ArrayList<>();

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ServiceLanguage> languages = new ArrayList<>();

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CostOption> costOptions = new ArrayList<>();

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ServiceContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ServiceClassification> classifications = new ArrayList<>();

    protected ServiceListing() {}

    ServiceListing(UUID id, Organisation organisation) {
        this.id = id;
        this.organisation = organisation;
        this.status = ServiceStatus.ACTIVE;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    Organisation organisation() {
        return organisation;
    }

    LocalizedText name() {
        return name;
    }

    LocalizedText description() {
        return description;
    }

    String url() {
        return url;
    }

    String email() {
        return email;
    }

    ServiceStatus status() {
        return status;
    }

    LocalizedText alert() {
        return alert;
    }

    LocalizedText eligibility() {
        return eligibility;
    }

    LocalizedText fees() {
        return fees;
    }

    LocalDate assuredDate() {
        return assuredDate;
    }

    Instant lastModified() {
        return lastModified;
    }

    List<ServiceArea> areas() {
        return areas;
    }

    List<ServiceLanguage> languages() {
        return languages;
    }

    List<CostOption> costOptions() {
        return costOptions;
    }

    List<ServiceContact> contacts() {
        return contacts;
    }

    List<ServiceClassification> classifications() {
        return classifications;
    }

    Programme programme() {
        return programme;
    }

    void deliverUnder(Programme programme) {
        this.programme = programme;
    }

    boolean isPublic() {
        return status != ServiceStatus.DEFUNCT && !organisation.archived();
    }

    void moveTo(Organisation organisation) {
        this.organisation = organisation;
    }

    void describe(
            LocalizedText name,
            LocalizedText description,
            String url,
            String email,
            LocalizedText eligibility,
            LocalizedText fees,
            LocalDate assuredDate) {
        this.name = name;
        this.description = description;
        this.url = url;
        this.email = email;
        this.eligibility = eligibility;
        this.fees = fees;
        this.assuredDate = assuredDate;
    }

    void changeStatus(ServiceStatus status, LocalizedText alert) {
        this.status = status;
        this.alert = alert;
    }

    /** Archiving keeps the record and its history but takes it off the public pages and exports it as defunct. */
    void archive() {
        this.status = ServiceStatus.DEFUNCT;
    }

    int position() {
        return position;
    }

    void place(int position) {
        this.position = position;
    }

    void touch(Instant when) {
        lastModified = when;
    }
}
