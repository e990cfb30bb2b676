package fi.kvverkosto.contacts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person to talk to: at a company of the kv database or at an organisation of the directory. Holds the legal basis of
 * holding their data; once consent is withdrawn or the person is erased, nobody but staff sees the record, and after
 * erasure there is nothing personal left in it.
 */
@Entity
@Table(name = "contacts_person")
class Person {

    @Id
    private UUID id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    /** An organisation of the directory (its id) the person works for, when not a company of the kv database. */
    private UUID organisationId;

    private String name;

    private String role;

    private String email;

    private String phone;

    private String languages;

    private String visibility;

    @Column(nullable = false)
    private String legalBasis;

    private String consentPurpose;

    private LocalDate consentGivenOn;

    private String consentSource;

    private Instant consentWithdrawnAt;

    private Instant erasedAt;

    @Column(nullable = false)
    private boolean demo;

    private Instant reviewedAt;

    /** When the person was last sent a reminder to confirm their record (retention). */
    private Instant reviewRemindedAt;

    @Column(nullable = false)
    private Instant lastModified;

    /**
     * The directory's services (their ids) the person is the contact for. A change of them is a change of the person:
     * it raises the version, so that two staff saving the same person still meet the optimistic lock.
     */
    @ElementCollection
    @CollectionTable(name = "contacts_service_contact", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "service_id", nullable = false)
    private Set<UUID> services = new HashSet<>();

    protected Person() {}

    Person(UUID id) {
        this.id = id;
    }

    void update(PersonInput input, Company company, boolean demo, Instant now) {
        if (erasedAt != null) {
            throw new IllegalStateException("An erased person cannot be changed");
        }
        this.company = company;
        this.organisationId = input.organisationId();
        this.name = input.name();
        this.role = input.role();
        this.email = input.email();
        this.phone = input.phone();
        this.languages = Company.join(input.languages());
        this.visibility =
                FieldVisibility.of(PersonField.class, input.fieldVisibility()).format();
        this.legalBasis = input.basis().code();
        this.consentPurpose = input.consentPurpose();
        this.consentGivenOn = input.givenOn();
        this.consentSource = input.consentSource();
        this.demo = demo;
        this.lastModified = now;
        this.reviewedAt = now;
    }

    /** The person no longer agrees: takes effect at once (see {@link #visibleTo}). */
    void withdrawConsent(Instant now) {
        if (consentWithdrawnAt == null) {
            consentWithdrawnAt = now;
            lastModified = now;
        }
    }

    /**
     * Removes everything that identifies the person, keeping the record (so that counts of people per company stay
     * right) with its company, legal basis and dates.
     */
    void erase(Instant now) {
        name = null;
        role = null;
        email = null;
        phone = null;
        languages = null;
        consentPurpose = null;
        consentSource = null;
        organisationId = null;
        visibility = null;
        services.clear();
        erasedAt = now;
        if (consentWithdrawnAt == null && legalBasis().equals(LegalBasis.CONSENT)) {
            consentWithdrawnAt = now;
        }
        lastModified = now;
    }

    /** Makes the person the contact for exactly these services. */
    void contactFor(Set<UUID> serviceIds, Instant now) {
        if (erasedAt != null) {
            throw new IllegalStateException("An erased person cannot be changed");
        }
        if (!services.equals(serviceIds)) {
            services.clear();
            services.addAll(serviceIds);
            lastModified = now;
        }
    }

    /** The services the person is the contact for (ids of the directory's services). */
    Set<UUID> services() {
        return Set.copyOf(services);
    }

    void markReviewed(Instant now) {
        reviewedAt = now;
    }

    void reminded(Instant now) {
        reviewRemindedAt = now;
    }

    Instant reviewRemindedAt() {
        return reviewRemindedAt;
    }

    /** Whether the person may sign in with a one-time link: their data is usable on the basis of their consent. */
    boolean maySignIn() {
        return usable() && legalBasis() == LegalBasis.CONSENT && email != null;
    }

    /** Whether the data may be used at all: not erased, and consent (when that is the basis) not withdrawn. */
    boolean usable() {
        return erasedAt == null && consentWithdrawnAt == null;
    }

    /** Whether the person appears at all to this audience: staff see every record, others only usable ones. */
    boolean visibleTo(Audience audience) {
        return audience == Audience.STAFF || usable();
    }

    Visibility visibilityOf(PersonField field) {
        return FieldVisibility.parse(PersonField.class, visibility).get(field, field.standard());
    }

    FieldVisibility<PersonField> fieldVisibility() {
        return FieldVisibility.parse(PersonField.class, visibility);
    }

    /** The visibility as stored ({@link FieldVisibility#format}), for writing rows in bulk without reading it again. */
    String storedVisibility() {
        return visibility;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    Company company() {
        return company;
    }

    UUID organisationId() {
        return organisationId;
    }

    String name() {
        return name;
    }

    String role() {
        return role;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    List<String> languages() {
        return Company.split(languages);
    }

    LegalBasis legalBasis() {
        return LegalBasis.fromCode(legalBasis).orElseThrow();
    }

    String consentPurpose() {
        return consentPurpose;
    }

    LocalDate consentGivenOn() {
        return consentGivenOn;
    }

    String consentSource() {
        return consentSource;
    }

    Instant consentWithdrawnAt() {
        return consentWithdrawnAt;
    }

    Instant erasedAt() {
        return erasedAt;
    }

    boolean demo() {
        return demo;
    }

    Instant reviewedAt() {
        return reviewedAt;
    }

    Instant lastModified() {
        return lastModified;
    }
}
