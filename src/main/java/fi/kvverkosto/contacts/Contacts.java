package fi.kvverkosto.contacts;

import fi.kvverkosto.contacts.ContactSearchResult.FacetCount;
import fi.kvverkosto.contacts.ContactValidation.FieldProblem;
import fi.kvverkosto.directory.CatalogReader;
import fi.kvverkosto.directory.ServiceContactsChanged;
import fi.kvverkosto.directory.ServiceOption;
import fi.kvverkosto.shared.AfterCommit;
import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The kv database's one door: search and read (through {@link ContactViews}, for the current user's audience), staff
 * writes with validation and optimistic locking, and a person's rights (export, rectification, consent withdrawal,
 * erasure, each recorded in the audit log). Every write re-indexes the company it touches in the same transaction, so a
 * change is searchable — or unsearchable — as soon as it is committed.
 */
@Service
@Transactional(readOnly = true)
public class Contacts {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final CompanyRepository companies;
    private final PersonRepository people;
    private final AuditRepository audit;
    private final ContactSearch search;
    private final ContactValidation validation;
    private final ContactReference reference;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Matching matching = new Matching();
    private final org.springframework.context.MessageSource messages;
    private final java.time.Period reviewAfter;
    private final CatalogReader catalog;
    private final ApplicationEventPublisher events;

    Contacts(
            CompanyRepository companies,
            PersonRepository people,
            AuditRepository audit,
            ContactSearch search,
            ContactValidation validation,
            ContactReference reference,
            EntityManager entityManager,
            Clock clock,
            org.springframework.context.MessageSource messages,
            SelfServiceSettings settings,
            CatalogReader catalog,
            ApplicationEventPublisher events) {
        this.messages = messages;
        this.catalog = catalog;
        this.events = events;
        this.reviewAfter = settings.reviewAfter();
        this.companies = companies;
        this.people = people;
        this.audit = audit;
        this.search = search;
        this.validation = validation;
        this.reference = reference;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What a write came to. */
    public sealed interface Outcome {
        record Saved(UUID id) implements Outcome {}

        record Invalid(List<FieldProblem> problems) implements Outcome {}

        /** Someone saved first: the stored version, for the user to compare. */
        record Conflict(long storedVersion) implements Outcome {}
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(FINLAND));
    }

    // ---- reading ----

    public ContactSearchResult search(ContactQuery query, Locale locale) {
        return search(query, Audience.current(), locale);
    }

    ContactSearchResult search(ContactQuery query, Audience audience, Locale locale) {
        var today = today();
        var hits = search.search(query, today);
        List<CompanyView> views;
        if (audience == Audience.ANONYMOUS && hits.hits().stream().allMatch(h -> h.card() != null)) {
            // The index's cards are the anonymous view: no entity is loaded.
            views = hits.hits().stream()
                    .map(h -> CompanyCard.read(h.card(), today))
                    .toList();
        } else {
            // Members and staff may see more than the index holds: their page is read from the database (one query
            // for the companies, one per collection, see Company.BATCH).
            Map<UUID, Company> found = companies.findAllById(hits.ids()).stream()
                    .collect(Collectors.toMap(Company::id, Function.identity()));
            views = hits.ids().stream()
                    .map(found::get)
                    .filter(c -> c != null)
                    .map(c -> ContactViews.company(c, audience, today, null))
                    .toList();
        }
        return new ContactSearchResult(query, hits.total(), views, facets(hits.counts(), locale));
    }

    private Map<String, List<FacetCount>> facets(Map<String, Map<String, Long>> counts, Locale locale) {
        var codes = reference.codes();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        counts.forEach((facet, values) -> {
            var list = new ArrayList<FacetCount>();
            values.forEach((value, count) -> {
                if (count > 0) {
                    list.add(new FacetCount(value, label(codes, facet, value, locale), count));
                }
            });
            if (!facet.equals("listing") && !facet.equals("mode")) {
                list.sort(Comparator.comparing(FacetCount::count).reversed().thenComparing(FacetCount::label));
            }
            facets.put(facet, list);
        });
        return facets;
    }

    static String label(ContactReference.Codes codes, String facet, String value, Locale locale) {
        return switch (facet) {
            case "market" -> codes.label(codes.markets(), value, locale);
            case "industry" -> codes.label(codes.industries(), value, locale);
            case "municipality" -> codes.label(codes.municipalities(), value, locale);
            default -> value;
        };
    }

    /** A company as the current user may see it, with the people they may see. */
    public Optional<CompanyView> company(UUID id) {
        return company(id, Audience.current());
    }

    Optional<CompanyView> company(UUID id, Audience audience) {
        return companies
                .findById(id)
                .filter(c -> ContactViews.visible(c, audience))
                .map(c -> ContactViews.company(c, audience, today(), people.findByCompany(c)));
    }

    /**
     * Suggestions for a company, from public values only: peers of its industry that went to a market it has not (or
     * to the market given), and cross-industry offers answering its seeks (and seeks its offers answer).
     */
    public Optional<Suggestions> suggestions(UUID id, String market, Locale locale) {
        if (market != null && !reference.codes().markets().containsKey(market)) {
            throw new fi.kvverkosto.shared.InvalidParameterException("market", "Unknown market: " + market);
        }
        var today = today();
        var audience = Audience.current();
        return companies
                .findById(id)
                .filter(c -> ContactViews.visible(c, audience))
                .map(company -> {
                    var self = ContactViews.company(company, Audience.ANONYMOUS, today, null);
                    var peers = suggest(
                            (offset, limit) -> search.peerCandidates(self, market, offset, limit),
                            others -> matching.peers(self, others, market),
                            today);
                    var coInnovation = suggest(
                            (offset, limit) -> search.coInnovationCandidates(self, offset, limit),
                            others -> matching.coInnovation(self, others, today),
                            today);
                    return new Suggestions(
                            peers.stream().map(s -> said(s, locale)).toList(),
                            coInnovation.stream().map(s -> said(s, locale)).toList());
                });
    }

    /** Candidates read from the index: a first page of this many, then the rest up to {@link #MAX_CANDIDATES}. */
    static final int CANDIDATE_PAGE = 100;

    static final int MAX_CANDIDATES = 2_000;

    /**
     * Runs {@link Matching} over the index's candidates (their public cards, in the order Matching would sort them): a
     * first page, and the rest up to {@link #MAX_CANDIDATES} when that did not give {@link Matching#LIMIT}; a request
     * reads a bounded number of companies, however many the database holds.
     */
    private static List<Suggestion> suggest(
            java.util.function.BiFunction<Integer, Integer, List<ContactSearch.Hit>> candidates,
            Function<List<CompanyView>, List<Suggestion>> match,
            LocalDate today) {
        var found = new ArrayList<Suggestion>();
        // The first page is usually enough; otherwise the rest in one query rather than many deeper ones.
        for (int offset = 0, size = CANDIDATE_PAGE;
                offset < MAX_CANDIDATES && found.size() < Matching.LIMIT;
                offset += size, size = MAX_CANDIDATES - offset) {
            var page = candidates.apply(offset, size);
            var views = page.stream()
                    .filter(h -> h.card() != null)
                    .map(h -> CompanyCard.read(h.card(), today))
                    .toList();
            for (var suggestion : match.apply(views)) {
                if (found.size() < Matching.LIMIT) {
                    found.add(suggestion);
                }
            }
            if (page.size() < size) {
                break;
            }
        }
        return found;
    }

    /** A suggestion with its reason said in the reader's language, codes named. */
    public record Said(UUID companyId, String companyName, String kind, String reason) {}

    public record Suggestions(List<Said> peers, List<Said> coInnovation) {}

    private Said said(Suggestion s, Locale locale) {
        var codes = reference.codes();
        var a = s.reasonArguments();
        Object[] args = switch (s.reasonKey()) {
            case "contacts.reason.peer.industry", "contacts.reason.peer.municipality" ->
                new Object[] {
                    label(codes, s.reasonKey().endsWith("industry") ? "industry" : "municipality", a.get(0), locale),
                    label(codes, "market", a.get(1), locale),
                    messages.getMessage("contacts.mode." + a.get(2), null, a.get(2), locale),
                    a.get(3)
                };
            default -> new Object[] {a.get(0), a.get(1), label(codes, "industry", a.get(2), locale)};
        };
        return new Said(s.companyId(), s.companyName(), s.kind(), messages.getMessage(s.reasonKey(), args, locale));
    }

    /** The reference codes with their names, for forms and filters. */
    ContactReference.Codes codes() {
        return reference.codes();
    }

    List<CompanyView> allForStaff() {
        requireStaff();
        var today = today();
        return companies.findAllByOrderByName().stream()
                .map(c -> ContactViews.company(c, Audience.STAFF, today, null))
                .toList();
    }

    /** A person as the staff's form shows them; empty for an unknown or erased person (nothing left to edit). */
    Optional<PersonForm> personForm(UUID id) {
        requireStaff();
        return people.findById(id).filter(p -> p.erasedAt() == null).map(PersonForm::of);
    }

    /** The visibility staff chose for each of the company's fields that differs from the standard, by field key. */
    Map<String, String> chosenVisibility(UUID companyId) {
        requireStaff();
        return chosenVisibility(companies.findById(companyId).orElseThrow(() -> new NoSuchRecordException(companyId)));
    }

    static Map<String, String> chosenVisibility(Company company) {
        return company.fieldVisibility().chosen().entrySet().stream()
                .collect(Collectors.toMap(
                        e -> e.getKey().key(), e -> e.getValue().name()));
    }

    /** Every company as the current user may see it: the export respects visibility like the pages. */
    List<CompanyView> export() {
        var audience = Audience.current();
        var today = today();
        return companies.findAllByOrderByName().stream()
                .filter(c -> ContactViews.visible(c, audience))
                .map(c -> ContactViews.company(c, audience, today, people.findByCompany(c)))
                .toList();
    }

    // ---- staff writes ----

    @Transactional
    public Outcome createCompany(CompanyInput input) {
        requireStaff();
        return saveCompany(new Company(UUID.randomUUID()), null, input, false);
    }

    @Transactional
    public Outcome updateCompany(UUID id, long version, CompanyInput input) {
        requireStaff();
        var company = companies.findById(id).orElseThrow(() -> new NoSuchRecordException(id));
        return saveCompany(company, version, input, company.demo());
    }

    @Transactional
    Outcome saveCompany(Company company, Long version, CompanyInput input, boolean demo) {
        var problems = new ArrayList<>(validation.company(input, today()));
        if (input.businessId() != null) {
            companies
                    .findByBusinessId(input.businessId())
                    .filter(other -> !other.id().equals(company.id()))
                    .ifPresent(other -> problems.add(new FieldProblem("businessId", "contacts.error.duplicate")));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        if (version != null && version != company.version()) {
            return new Outcome.Conflict(company.version());
        }
        company.update(input, demo, clock.instant());
        companies.saveAndFlush(company);
        reindex(company);
        return new Outcome.Saved(company.id());
    }

    @Transactional
    public Outcome createPerson(PersonInput input) {
        return createPerson(input, null);
    }

    /**
     * A new person, the contact for these services of the directory (ids as typed; null or empty for none).
     *
     * @param services ids of public services, each active or already the person's
     */
    @Transactional
    public Outcome createPerson(PersonInput input, List<String> services) {
        requireStaff();
        var person = new Person(UUID.randomUUID());
        var outcome = savePerson(person, null, input, false, services);
        if (outcome instanceof Outcome.Saved && !person.services().isEmpty()) {
            log("service-contact", person, serviceChange(Set.of(), person.services()));
        }
        return outcome;
    }

    /** Rectification: staff correct a person's data at their request (recorded in the audit log). */
    @Transactional
    public Outcome updatePerson(UUID id, long version, PersonInput input) {
        return updatePerson(id, version, input, null);
    }

    /**
     * Rectification, also of the services the person is the contact for (null leaves them as they are). The audit
     * entry notes how many services were added and removed.
     */
    @Transactional
    public Outcome updatePerson(UUID id, long version, PersonInput input, List<String> services) {
        requireStaff();
        var person =
                people.findById(id).filter(p -> p.erasedAt() == null).orElseThrow(() -> new NoSuchRecordException(id));
        var before = person.services();
        var outcome = savePerson(person, version, input, person.demo(), services);
        if (outcome instanceof Outcome.Saved) {
            log("rectified", person, serviceChange(before, person.services()));
        }
        return outcome;
    }

    @Transactional
    Outcome savePerson(Person person, Long version, PersonInput input, boolean demo) {
        return savePerson(person, version, input, demo, null);
    }

    private Outcome savePerson(Person person, Long version, PersonInput input, boolean demo, List<String> services) {
        var problems = new ArrayList<>(validation.person(input, today()));
        Set<UUID> links = services == null ? null : serviceLinks(person, services, problems);
        Company company = null;
        if (input.companyId() != null) {
            company = companies.findById(input.companyId()).orElse(null);
            if (company == null) {
                problems.add(new FieldProblem("companyId", "contacts.error.company"));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        if (version != null && version != person.version()) {
            return new Outcome.Conflict(person.version());
        }
        Company before = person.company();
        boolean wasContact = !person.services().isEmpty();
        person.update(input, company, demo, clock.instant());
        if (links != null) {
            person.contactFor(links, clock.instant());
        }
        people.saveAndFlush(person);
        if (wasContact || !person.services().isEmpty()) {
            serviceContactsChanged();
        }
        if (company != null && !company.people().contains(person)) {
            company.people().add(person);
        }
        if (before != null && before != company) {
            before.people().remove(person);
            reindex(before);
        }
        reindex(company);
        return new Outcome.Saved(person.id());
    }

    /**
     * The services a person is to be the contact for, from the ids as typed: each must be a public service that is
     * active or already the person's (else a problem on {@code services}, and nothing is saved). Links to services
     * the public no longer sees (archived) are not on the form and are kept as they are.
     */
    private Set<UUID> serviceLinks(Person person, List<String> typed, List<FieldProblem> problems) {
        var current = person.services();
        Set<UUID> publicIds = new HashSet<>();
        Set<UUID> allowed = new HashSet<>();
        for (var option : catalog.serviceOptions()) {
            publicIds.add(option.id());
            if (option.active() || current.contains(option.id())) {
                allowed.add(option.id());
            }
        }
        Set<UUID> links = new LinkedHashSet<>();
        for (String text : typed) {
            if (text == null || text.isBlank()) {
                continue;
            }
            UUID id;
            try {
                id = UUID.fromString(text.strip());
            } catch (IllegalArgumentException e) {
                id = null;
            }
            if (id == null || !allowed.contains(id)) {
                problems.add(new FieldProblem("services", "contacts.error.service"));
                return null;
            }
            links.add(id);
        }
        current.stream().filter(id -> !publicIds.contains(id)).forEach(links::add);
        return links;
    }

    /** For the audit log: how many services were added and removed (ids only, nothing personal), or null. */
    private static String serviceChange(Set<UUID> before, Set<UUID> after) {
        long added = after.stream().filter(id -> !before.contains(id)).count();
        long removed = before.stream().filter(id -> !after.contains(id)).count();
        return added == 0 && removed == 0 ? null : "services: +" + added + " -" + removed;
    }

    /** A group of services to choose on the staff's person form: one organisation's, by name. */
    public record ServiceGroup(
            UUID organisationId, fi.kvverkosto.shared.LocalizedText organisation, List<ServiceOption> services) {

        public boolean anyChosen(Collection<String> chosen) {
            return chosen != null && services.stream().anyMatch(s -> chosen.contains(s.id().toString()));
        }
    }

    /**
     * The services staff may make a person the contact for, grouped by organisation and sorted by name in the reader's
     * language: the active public services and those already chosen that the public still sees (inactive ones).
     */
    List<ServiceGroup> serviceChoices(Collection<String> chosen, Locale locale) {
        requireStaff();
        var collator = Collator.getInstance(locale);
        Map<UUID, List<ServiceOption>> byOrganisation = new LinkedHashMap<>();
        for (var option : catalog.serviceOptions()) {
            if (option.active()
                    || (chosen != null && chosen.contains(option.id().toString()))) {
                byOrganisation
                        .computeIfAbsent(option.organisationId(), k -> new ArrayList<>())
                        .add(option);
            }
        }
        return byOrganisation.entrySet().stream()
                .map(e -> new ServiceGroup(
                        e.getKey(),
                        e.getValue().getFirst().organisationName(),
                        e.getValue().stream()
                                .sorted(Comparator.comparing(o -> o.name().text(locale), collator))
                                .toList()))
                .sorted(Comparator.comparing(g -> g.organisation().text(locale), collator))
                .toList();
    }

    /** The caches of public pages forget the service pages once this transaction commits. */
    private void serviceContactsChanged() {
        AfterCommit.run(() -> events.publishEvent(new ServiceContactsChanged()));
    }

    /**
     * Staff archive a company instead of deleting it, guarded by the version they saw: from the commit on only staff see
     * it (marked), and it leaves the search index (so every search, facet count and suggestion) in the same
     * transaction; its people leave the directory's service pages. Recorded in the audit log.
     */
    @Transactional
    public Outcome archiveCompany(UUID id, long version) {
        return archiving(id, version, true);
    }

    /** Staff take a company back from the archive, guarded by the version they saw: as it was, searchable again. */
    @Transactional
    public Outcome restoreCompany(UUID id, long version) {
        return archiving(id, version, false);
    }

    private Outcome archiving(UUID id, long version, boolean archive) {
        requireStaff();
        var company = companies.findById(id).orElseThrow(() -> new NoSuchRecordException(id));
        if (version != company.version()) {
            return new Outcome.Conflict(company.version());
        }
        if (company.archived() == archive) {
            return new Outcome.Saved(company.id());
        }
        if (archive) {
            company.archive(clock.instant());
        } else {
            company.restore(clock.instant());
        }
        companies.saveAndFlush(company);
        audit.save(new AuditEntry(
                clock.instant(),
                Audience.currentName(),
                archive ? "company-archived" : "company-restored",
                null,
                company.id(),
                null));
        reindex(company);
        if (people.findByCompany(company).stream().anyMatch(p -> !p.services().isEmpty())) {
            serviceContactsChanged();
        }
        return new Outcome.Saved(company.id());
    }

    /** Staff have checked a company and its people are still right (the retention rule's reminder). */
    @Transactional
    public void markReviewed(UUID companyId) {
        requireStaff();
        var company = companies.findById(companyId).orElseThrow(() -> new NoSuchRecordException(companyId));
        var now = clock.instant();
        company.markReviewed(now);
        people.findByCompany(company).forEach(p -> p.markReviewed(now));
    }

    /**
     * Records not reviewed within {@code kv.contacts.review-after} (default 24 months): staff check them, or erase what
     * is no longer needed, and their people are reminded by e-mail ({@link RetentionReminders}).
     */
    StaleRecords stale() {
        requireStaff();
        var since = staleBefore();
        return new StaleRecords(
                companies.findNotReviewedSince(since).stream()
                        .map(c -> ContactViews.company(c, Audience.STAFF, today(), null))
                        .toList(),
                people.findNotReviewedSince(since).stream()
                        .map(p -> ContactViews.person(p, Audience.STAFF))
                        .toList(),
                reviewAfter.toTotalMonths());
    }

    record StaleRecords(List<CompanyView> companies, List<CompanyView.PersonView> people, long months) {}

    /** Records last reviewed before this moment are stale. */
    Instant staleBefore() {
        return clock.instant().atZone(FINLAND).minus(reviewAfter).toInstant();
    }

    // ---- a person's rights ----

    /** Everything held about a person, for them (GDPR art. 15 and 20), with what was done with it. */
    @Transactional
    public Map<String, Object> exportPerson(UUID id) {
        requireStaff();
        var person = people.findById(id).orElseThrow(() -> new NoSuchRecordException(id));
        var data = new LinkedHashMap<String, Object>();
        data.put("id", person.id());
        data.put("name", person.name());
        data.put("role", person.role());
        data.put("email", person.email());
        data.put("phone", person.phone());
        data.put("languages", person.languages());
        data.put("company", person.company() == null ? null : person.company().name());
        data.put("organisationId", person.organisationId());
        data.put("services", servicesForExport(person.services()));
        data.put(
                "visibility",
                person.fieldVisibility().chosen().entrySet().stream()
                        .collect(Collectors.toMap(
                                e -> e.getKey().key(), e -> e.getValue().name())));
        data.put("legalBasis", person.legalBasis().code());
        data.put("consentPurpose", person.consentPurpose());
        data.put("consentGivenOn", person.consentGivenOn());
        data.put("consentSource", person.consentSource());
        data.put("consentWithdrawnAt", person.consentWithdrawnAt());
        data.put("erasedAt", person.erasedAt());
        data.put("lastModified", person.lastModified());
        log("exported", person, null);
        data.put(
                "log",
                audit.findByPerson(id).stream()
                        .map(a -> Map.of("at", a.at().toString(), "action", a.action(), "by", a.actor()))
                        .toList());
        return data;
    }

    /** The services a person is the contact for, with their names where the public sees them, for the export. */
    private List<Map<String, Object>> servicesForExport(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ServiceOption> known = catalog.serviceOptions().stream()
                .filter(o -> ids.contains(o.id()))
                .collect(Collectors.toMap(ServiceOption::id, Function.identity()));
        return ids.stream()
                .sorted()
                .map(id -> {
                    var entry = new LinkedHashMap<String, Object>();
                    entry.put("id", id);
                    var option = known.get(id);
                    if (option != null) {
                        var name = new LinkedHashMap<String, String>();
                        name.put("fi", option.name().fi());
                        name.put("sv", option.name().sv());
                        name.put("en", option.name().en());
                        entry.put("name", name);
                        entry.put("organisationId", option.organisationId());
                    }
                    return (Map<String, Object>) entry;
                })
                .toList();
    }

    /**
     * The person withdraws consent: from this commit on nobody but staff sees them, and their name leaves the search
     * index in the same transaction.
     */
    @Transactional
    public void withdrawConsent(UUID id) {
        requireStaff();
        var person = people.findById(id).orElseThrow(() -> new NoSuchRecordException(id));
        person.withdrawConsent(clock.instant());
        people.saveAndFlush(person);
        log("consent-withdrawn", person, null);
        reindex(person.company());
        if (!person.services().isEmpty()) {
            serviceContactsChanged();
        }
    }

    /**
     * The person withdraws their own consent (a signed-in member): as {@link #withdrawConsent}, recorded as done by
     * them.
     */
    @Transactional
    void withdrawOwnConsent(UUID id) {
        var person = people.findById(id).orElseThrow(() -> new NoSuchRecordException(id));
        person.withdrawConsent(clock.instant());
        people.saveAndFlush(person);
        log("consent-withdrawn", person, "by the person");
        reindex(person.company());
        if (!person.services().isEmpty()) {
            serviceContactsChanged();
        }
    }

    /**
     * Erases a person: what identifies them is removed, the record stays (so counts stay right) and the audit log
     * records who erased whom and when. Admins only.
     */
    @Transactional
    public void erase(UUID id) {
        if (!Audience.currentIsAdmin()) {
            throw new AccessDeniedException("Erasing a person is for admins");
        }
        var person = people.findById(id).orElseThrow(() -> new NoSuchRecordException(id));
        boolean wasContact = !person.services().isEmpty();
        // Also removes the person's links to the directory's services.
        person.erase(clock.instant());
        people.saveAndFlush(person);
        log("erased", person, null);
        if (wasContact) {
            serviceContactsChanged();
        }
        reindex(person.company());
    }

    /** Counts that survive erasure, for reports. */
    Map<String, Long> counts() {
        return Map.of("companies", companies.count(), "people", people.count(), "erased", people.countErased());
    }

    record DemoCompany(CompanyInput company, List<PersonInput> people) {}

    /**
     * Writes the demo companies and their people, all or none: returns what was wrong (then nothing is written).
     */
    @Transactional
    List<String> loadDemo(List<DemoCompany> demo) {
        return load(demo, true);
    }

    private List<String> load(List<DemoCompany> demo, boolean isDemo) {
        var problems = new ArrayList<String>();
        for (var entry : demo) {
            var company = new Company(UUID.randomUUID());
            if (saveCompany(company, null, entry.company(), isDemo) instanceof Outcome.Invalid invalid) {
                problems.add(entry.company().name() + ": " + invalid.problems());
                continue;
            }
            for (var person : entry.people()) {
                var withCompany = new PersonInput(
                        company.id(),
                        person.organisationId(),
                        person.name(),
                        person.role(),
                        person.email(),
                        person.phone(),
                        person.languages(),
                        person.visibility(),
                        person.legalBasis(),
                        person.consentPurpose(),
                        person.consentGivenOn(),
                        person.consentSource());
                if (savePerson(new Person(UUID.randomUUID()), null, withCompany, isDemo)
                        instanceof Outcome.Invalid invalid) {
                    problems.add(person.name() + ": " + invalid.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                    .setRollbackOnly();
        }
        return problems;
    }

    // ---- helpers ----

    private void log(String action, Person person, String note) {
        audit.save(new AuditEntry(
                clock.instant(),
                Audience.currentName(),
                action,
                person.id(),
                person.company() == null ? null : person.company().id(),
                note));
    }

    private void reindex(Company company) {
        if (company != null) {
            Search.session(entityManager).indexingPlan().addOrUpdate(company);
            search.changed();
            // Again once committed: a search between now and the commit may have counted the index as it was.
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        search.changed();
                    }
                });
            }
        }
    }

    private static void requireStaff() {
        if (Audience.current() != Audience.STAFF) {
            throw new AccessDeniedException("Changing the kv database is for staff");
        }
    }

    /** No company or person with that id. */
    static class NoSuchRecordException extends RuntimeException {
        NoSuchRecordException(UUID id) {
            super("No such record: " + id);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
