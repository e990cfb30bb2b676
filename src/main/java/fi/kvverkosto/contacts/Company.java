package fi.kvverkosto.contacts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.BatchSize;

/**
 * A company of the kv database, with its experiences of markets and its offers and seeks. Its people are {@link Person}s.
 *
 * <p>The search index ({@value #INDEX}) holds only what anyone may see: each indexed value is derived here from the
 * fields whose visibility is public, and the names of people only while they are public and their data may be used.
 * Every change goes through {@link Contacts}, which re-indexes the company explicitly (the derived values do not ask
 * Hibernate Search to watch the fields they come from). The mapping is in code ({@link ContactSearchMapping}).
 */
@Entity
@Table(name = "contacts_company")
class Company {

    static final String INDEX = "contacts_company";

    /** Companies whose collections are read in one query (see the collections). */
    static final int BATCH = 100;

    @Id
    private UUID id;

    @Version
    private long version;

    private String businessId;

    @Column(nullable = false)
    private String name;

    private String municipalityCode;

    private String industryCode;

    private String sizeClass;

    private String website;

    private String languages;

    private String description;

    private String visibility;

    @Column(nullable = false)
    private boolean demo;

    private Instant reviewedAt;

    @Column(nullable = false)
    private Instant lastModified;

    /** When staff archived the company (null: not archived): then only staff see it, and it is not in the index. */
    private Instant archivedAt;

    // The collections are read for many companies at once (BATCH ids a query) when several are loaded: the mass
    // indexer's batches, a page of search results, import rows being indexed. Otherwise each company would cost three
    // more queries, which at a million companies makes the index build take hours.
    @ElementCollection
    @CollectionTable(name = "contacts_experience", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = BATCH)
    private List<Experience> experiences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contacts_listing", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = BATCH)
    private List<Listing> listings = new ArrayList<>();

    @OneToMany(mappedBy = "company")
    @BatchSize(size = BATCH)
    private List<Person> people = new ArrayList<>();

    protected Company() {}

    Company(UUID id) {
        this.id = id;
    }

    void update(CompanyInput input, boolean demo, Instant now) {
        this.businessId = input.businessId();
        this.name = input.name();
        this.municipalityCode = input.municipality();
        this.industryCode = input.industry();
        this.sizeClass = input.size();
        this.website = input.website();
        this.languages = join(input.languages());
        this.description = input.description();
        this.visibility =
                FieldVisibility.of(CompanyField.class, input.fieldVisibility()).format();
        this.experiences.clear();
        input.experiences()
                .forEach(e -> experiences.add(new Experience(
                        e.market(), Mode.fromCode(e.mode()).orElseThrow(), e.since(), e.industry(), e.summary())));
        this.listings.clear();
        input.listings()
                .forEach(
                        l -> listings.add(new Listing(l.kind(), l.summary(), l.market(), l.industry(), l.expiresOn())));
        this.demo = demo;
        this.lastModified = now;
        this.reviewedAt = now;
    }

    /** Staff archive the company instead of deleting it: it leaves the public, members and the index. */
    void archive(Instant now) {
        if (archivedAt == null) {
            archivedAt = now;
            lastModified = now;
        }
    }

    /** Staff take the company back from the archive. */
    void restore(Instant now) {
        if (archivedAt != null) {
            archivedAt = null;
            lastModified = now;
        }
    }

    boolean archived() {
        return archivedAt != null;
    }

    Instant archivedAt() {
        return archivedAt;
    }

    /** Staff have checked the record is still right, without changing it. */
    void markReviewed(Instant now) {
        this.reviewedAt = now;
    }

    static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    Visibility visibilityOf(CompanyField field) {
        return fieldVisibility().get(field, field.standard());
    }

    FieldVisibility<CompanyField> fieldVisibility() {
        return FieldVisibility.parse(CompanyField.class, visibility);
    }

    /** The visibility as stored ({@link FieldVisibility#format}), for writing rows in bulk without reading it again. */
    String storedVisibility() {
        return visibility;
    }

    // ---- what the search index holds: public values only ----

    @Transient
    String getPublicText() {
        var parts = new ArrayList<String>();
        parts.add(name);
        if (businessId != null) {
            parts.add(businessId);
        }
        if (description != null && visibilityOf(CompanyField.DESCRIPTION) == Visibility.PUBLIC) {
            parts.add(description);
        }
        if (visibilityOf(CompanyField.EXPERIENCES) == Visibility.PUBLIC) {
            experiences.stream().map(Experience::summary).filter(s -> s != null).forEach(parts::add);
        }
        if (visibilityOf(CompanyField.LISTINGS) == Visibility.PUBLIC) {
            listings.stream().map(Listing::summary).forEach(parts::add);
        }
        people.stream()
                .filter(p -> p.visibleTo(Audience.ANONYMOUS))
                .filter(p -> p.visibilityOf(PersonField.NAME) == Visibility.PUBLIC)
                .map(Person::name)
                .forEach(parts::add);
        return String.join("\n", parts);
    }

    @Transient
    String getSortName() {
        return name;
    }

    @Transient
    String getPublicMunicipality() {
        return publicValue(CompanyField.MUNICIPALITY, municipalityCode);
    }

    /** Where the company is for the distance filter: its municipality's centre, when the municipality is public. */
    @Transient
    org.hibernate.search.engine.spatial.GeoPoint getPublicLocation() {
        return MunicipalityCentres.of(getPublicMunicipality()).orElse(null);
    }

    @Transient
    String getPublicIndustry() {
        return publicValue(CompanyField.INDUSTRY, industryCode);
    }

    @Transient
    Set<String> getPublicMarkets() {
        return publicExperiences().map(Experience::market).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Transient
    Set<String> getPublicModes() {
        return publicExperiences().map(e -> e.mode().code()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Each market with its mode, {@code SE:export}, so that "export to Sweden" is one filter. */
    @Transient
    Set<String> getPublicMarketModes() {
        return publicExperiences()
                .map(e -> e.market() + ":" + e.mode().code())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The last day of the company's latest public offer: filtered and counted against today when searched. */
    @Transient
    LocalDate getPublicOfferUntil() {
        return lastDay(Listing.OFFER).orElse(null);
    }

    @Transient
    LocalDate getPublicSeekUntil() {
        return lastDay(Listing.SEEK).orElse(null);
    }

    /**
     * The company as anyone may see it, with all its public offers and seeks (expired ones too: they are filtered
     * against the day of the search), stored in the index so that a page of search results is read from the index
     * alone (see {@link CompanyCard}).
     */
    @Transient
    String getPublicCard() {
        return CompanyCard.write(ContactViews.company(this, Audience.ANONYMOUS, LocalDate.MIN, null));
    }

    /** The year of the earliest public experience: peers with more to tell first (see {@link Matching}). */
    @Transient
    Integer getEarliestSince() {
        return publicExperiences()
                .map(Experience::sinceYear)
                .filter(y -> y != null)
                .min(Integer::compare)
                .orElse(null);
    }

    /** The markets of the public offers (or seeks): candidates for co-innovation (see {@link Matching}). */
    @Transient
    Set<String> getPublicOfferMarkets() {
        return publicListings(Listing.OFFER)
                .map(Listing::market)
                .filter(m -> m != null)
                .collect(Collectors.toSet());
    }

    @Transient
    Set<String> getPublicSeekMarkets() {
        return publicListings(Listing.SEEK)
                .map(Listing::market)
                .filter(m -> m != null)
                .collect(Collectors.toSet());
    }

    /** The words of the public offers (or seeks) as {@link Matching} compares them. */
    @Transient
    Set<String> getPublicOfferWords() {
        return publicListings(Listing.OFFER)
                .flatMap(l -> Matching.words(l.summary()).stream())
                .collect(Collectors.toSet());
    }

    @Transient
    Set<String> getPublicSeekWords() {
        return publicListings(Listing.SEEK)
                .flatMap(l -> Matching.words(l.summary()).stream())
                .collect(Collectors.toSet());
    }

    private Stream<Listing> publicListings(String kind) {
        return visibilityOf(CompanyField.LISTINGS) == Visibility.PUBLIC
                ? listings.stream().filter(l -> l.kind().equals(kind))
                : Stream.empty();
    }

    private Optional<LocalDate> lastDay(String kind) {
        if (visibilityOf(CompanyField.LISTINGS) != Visibility.PUBLIC) {
            return Optional.empty();
        }
        return listings.stream()
                .filter(l -> l.kind().equals(kind))
                .map(Listing::expiresOn)
                .max(LocalDate::compareTo);
    }

    private Stream<Experience> publicExperiences() {
        return visibilityOf(CompanyField.EXPERIENCES) == Visibility.PUBLIC ? experiences.stream() : Stream.empty();
    }

    private String publicValue(CompanyField field, String value) {
        return visibilityOf(field) == Visibility.PUBLIC ? value : null;
    }

    // ---- accessors ----

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    String businessId() {
        return businessId;
    }

    String name() {
        return name;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    String industryCode() {
        return industryCode;
    }

    SizeClass sizeClass() {
        return sizeClass == null ? null : SizeClass.fromCode(sizeClass).orElse(null);
    }

    String website() {
        return website;
    }

    List<String> languages() {
        return split(languages);
    }

    String description() {
        return description;
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

    List<Experience> experiences() {
        return experiences;
    }

    List<Listing> listings() {
        return listings;
    }

    List<Person> people() {
        return people;
    }
}
