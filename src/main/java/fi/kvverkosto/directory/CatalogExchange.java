package fi.kvverkosto.directory;

import fi.kvverkosto.directory.ImportOutcome.Kind;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes the whole catalogue at once, for the exchange formats in the interop module.
 *
 * <p>{@link #apply} upserts by id and never deletes: a record missing from the incoming catalogue stays as it is. It
 * expects a catalogue that has been validated (references resolve, ids are unique) and joins the caller's
 * transaction, so that the caller decides between committing and rolling back (a dry run).
 */
@Service
public class CatalogExchange {

    private final AreaRepository areas;
    private final TaxonomyRepository taxonomies;
    private final TaxonomyTermRepository terms;
    private final OrganisationRepository organisations;
    private final ServiceListingRepository services;
    private final ProgrammeRepository programmes;
    private final Clock clock;
    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final SearchIndexing indexing;

    /**
     * From this many services in one catalogue, the import leaves their search documents to after its commit
     * ({@link #finishImport}): built in its transaction, Hibernate Search keeps every document until the commit, beside
     * the session's entities and their history, and 100,000 services did not fit in a 6 GB heap (docs/benchmarks.md).
     * The index is then rebuilt by the mass indexer, in batches; searches meanwhile see the services indexed so far.
     * Set by {@code kv.directory.index-after-commit-from}.
     */
    static final int INDEXED_AFTER_COMMIT_FROM = 5_000;

    private final int indexedAfterCommitFrom;

    CatalogExchange(
            AreaRepository areas,
            TaxonomyRepository taxonomies,
            TaxonomyTermRepository terms,
            OrganisationRepository organisations,
            ServiceListingRepository services,
            ProgrammeRepository programmes,
            Clock clock,
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            SearchIndexing indexing,
            @org.springframework.beans.factory.annotation.Value(
                            "${kv.directory.index-after-commit-from:" + INDEXED_AFTER_COMMIT_FROM + "}")
                    int indexedAfterCommitFrom) {
        this.areas = areas;
        this.taxonomies = taxonomies;
        this.terms = terms;
        this.organisations = organisations;
        this.services = services;
        this.programmes = programmes;
        this.clock = clock;
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.indexing = indexing;
        this.indexedAfterCommitFrom = indexedAfterCommitFrom;
    }

    /**
     * After an import's commit: the services' documents built when the import left them to now (a catalogue of
     * {@link #INDEXED_AFTER_COMMIT_FROM} services or more, by default), else the index's segments merged into one,
     * since the import wrote many documents: a query then looks each of its terms up once instead of once per segment.
     * Call it outside the import's transaction.
     */
    public void finishImport(int services, Progress progress) {
        if (services >= indexedAfterCommitFrom) {
            indexing.reindex(progress);
        } else {
            compactSearchIndex();
        }
    }

    /** Merges the search index's segments into one. */
    private void compactSearchIndex() {
        Search.mapping(entityManagerFactory)
                .scope(ServiceListing.class)
                .workspace()
                .mergeSegments();
    }

    /** Everything in the directory, archived records included, in a stable order. */
    @Transactional(readOnly = true)
    public CatalogSnapshot snapshot() {
        return new CatalogSnapshot(
                areas.findAllByOrderByPositionAsc().stream().map(Records::of).toList(),
                taxonomies.findAllByOrderByPositionAsc().stream()
                        .map(Records::of)
                        .toList(),
                terms.findAllByOrderByPositionAsc().stream().map(Records::of).toList(),
                organisations.findAll(Sort.by("position", "id")).stream()
                        .map(Records::of)
                        .toList(),
                services.findAll(Sort.by("position", "id")).stream()
                        .map(Records::of)
                        .toList(),
                programmes.findAllByOrderByPositionAscIdAsc().stream()
                        .map(Records::of)
                        .toList());
    }

    /** Whether the directory holds no services yet (a fresh installation). */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return services.count() == 0 && organisations.count() == 0;
    }

    @Transactional
    public ImportOutcome apply(CatalogSnapshot incoming) {
        return apply(incoming, Progress.NONE);
    }

    @Transactional
    public ImportOutcome apply(CatalogSnapshot incoming, Progress progress) {
        progress.total(incoming.areas().size()
                + incoming.taxonomies().size()
                + incoming.terms().size()
                + incoming.organisations().size()
                + incoming.services().size()
                + incoming.programmes().size());
        var outcome = new ImportOutcome.Builder();
        if (incoming.services().size() >= indexedAfterCommitFrom) {
            // Before any change of the session: its changes of services are then not indexed by it at all.
            Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(ServiceListing.class));
        }
        if (services.count() == 0) {
            // Every service there will be is written, and indexed, in this transaction, through the session that
            // also writes the areas and terms (or, a large catalogue, by the mass indexer after it): they need no
            // second pass when they commit.
            ReferenceDataIndexing.servicesIndexedInThisTransaction();
        }
        applyAreas(incoming.areas(), outcome, progress);
        applyTaxonomies(incoming.taxonomies(), outcome, progress);
        applyTerms(incoming.terms(), outcome, progress);
        applyOrganisations(incoming.organisations(), outcome, progress);
        applyProgrammes(incoming.programmes(), outcome, progress);
        applyServices(incoming.services(), outcome, progress);
        return outcome.build();
    }

    private void applyAreas(List<AreaRecord> incoming, ImportOutcome.Builder outcome, Progress progress) {
        Map<String, Area> existing = new HashMap<>();
        areas.findAll().forEach(a -> existing.put(a.uri(), a));
        int position = existing.values().stream().mapToInt(Area::position).max().orElse(0);
        for (AreaRecord record : incoming) {
            Area area = existing.get(record.uri());
            boolean created = area == null;
            if (created) {
                area = new Area(record.uri(), record.code(), record.type(), record.name(), record.parentUri(), 0);
            } else if (Records.of(area).equals(record)) {
                outcome.unchanged(Kind.AREA);
                progress.advance(1);
                continue;
            }
            area.describe(
                    record.name(),
                    record.parentUri(),
                    record.municipalityKind(),
                    record.developmentOrganisationId(),
                    record.developmentOrganisationName(),
                    record.note(),
                    created ? ++position : area.position());
            areas.save(area);
            count(outcome, Kind.AREA, created);
            progress.advance(1);
        }
    }

    private void applyTaxonomies(List<TaxonomyRecord> incoming, ImportOutcome.Builder outcome, Progress progress) {
        int position = 0;
        for (TaxonomyRecord record : incoming) {
            position++;
            var existing = taxonomies.findById(record.id());
            if (existing.isPresent()
                    && Records.of(existing.get()).equals(record)
                    && existing.get().position() == position) {
                outcome.unchanged(Kind.TAXONOMY);
            } else {
                Taxonomy taxonomy = existing.orElseGet(() -> new Taxonomy(record.id(), record.key()));
                taxonomy.describe(
                        record.key(), record.name(), record.description(), record.version(), record.uri(), position);
                taxonomies.save(taxonomy);
                count(outcome, Kind.TAXONOMY, existing.isEmpty());
            }
            progress.advance(1);
        }
    }

    private void applyTerms(List<TermRecord> incoming, ImportOutcome.Builder outcome, Progress progress) {
        Map<UUID, TaxonomyTerm> byId = new HashMap<>();
        terms.findAll().forEach(t -> byId.put(t.id(), t));
        Map<TermRecord, Integer> changed = new LinkedHashMap<>();
        int position = 0;
        for (TermRecord record : incoming) {
            position++;
            TaxonomyTerm term = byId.get(record.id());
            if (term != null && Records.of(term).equals(record) && term.position() == position) {
                outcome.unchanged(Kind.TERM);
                progress.advance(1);
                continue;
            }
            if (term == null) {
                byId.put(record.id(), new TaxonomyTerm(record.id(), record.code(), null));
            }
            count(outcome, Kind.TERM, term == null);
            changed.put(record, position);
        }
        // Parents may come after their children: describe once every term exists, parents first, keeping the
        // managed instance save() returns (a new entity with an assigned id is merged as a copy) for the children.
        for (TermRecord record : parentsFirst(changed.keySet(), TermRecord::id, TermRecord::parentId)) {
            int at = changed.get(record);
            TaxonomyTerm term = byId.get(record.id());
            term.describe(
                    record.code(),
                    taxonomies.getReferenceById(record.taxonomyId()),
                    record.parentId() == null ? null : byId.get(record.parentId()),
                    record.label(),
                    record.definition(),
                    record.nameLanguage(),
                    record.termUri(),
                    at);
            byId.put(record.id(), terms.save(term));
            progress.advance(1);
        }
    }

    private void applyOrganisations(
            List<OrganisationRecord> incoming, ImportOutcome.Builder outcome, Progress progress) {
        Map<UUID, Organisation> byId = new HashMap<>();
        organisations.findAll().forEach(o -> byId.put(o.id(), o));
        int position = 0;
        List<OrganisationRecord> changed = new ArrayList<>();
        for (OrganisationRecord record : incoming) {
            position++;
            Organisation organisation = byId.get(record.id());
            if (organisation != null
                    && sameIgnoringTime(Records.of(organisation), record)
                    && organisation.position() == position) {
                outcome.unchanged(Kind.ORGANISATION);
                progress.advance(1);
                continue;
            }
            boolean created = organisation == null;
            if (created) {
                organisation = new Organisation(record.id());
                byId.put(record.id(), organisation);
            }
            organisation.place(position);
            changed.add(record);
            count(outcome, Kind.ORGANISATION, created);
        }
        // Parents may come after their children in the file: describe once every organisation exists, parents first,
        // keeping the managed instance save() returns (a new entity with an assigned id is merged as a copy).
        for (OrganisationRecord record : parentsFirst(changed, OrganisationRecord::id, OrganisationRecord::parentId)) {
            Organisation organisation = byId.get(record.id());
            organisation.describe(
                    record.name(),
                    record.description(),
                    record.website(),
                    record.email(),
                    record.parentId() == null ? null : byId.get(record.parentId()));
            sync(
                    organisation.classifications(),
                    record.classifications(),
                    OrganisationClassification::id,
                    ClassificationRecord::id,
                    r -> new OrganisationClassification(r.id(), organisation, terms.getReferenceById(r.termId()), 0),
                    (c, r, i) -> c.reposition(terms.getReferenceById(r.termId()), i));
            if (record.archived()) {
                organisation.archive();
            } else {
                organisation.restore();
            }
            organisation.touch(record.lastModified() == null ? clock.instant() : record.lastModified());
            byId.put(record.id(), organisations.save(organisation));
            progress.advance(1);
        }
    }

    private void applyProgrammes(List<ProgrammeRecord> incoming, ImportOutcome.Builder outcome, Progress progress) {
        Map<UUID, Programme> byId = new HashMap<>();
        programmes.findAll().forEach(p -> byId.put(p.id(), p));
        int position = 0;
        for (ProgrammeRecord record : incoming) {
            position++;
            Programme programme = byId.get(record.id());
            if (programme != null && Records.of(programme).equals(record) && programme.position() == position) {
                outcome.unchanged(Kind.PROGRAMME);
                progress.advance(1);
                continue;
            }
            Organisation organisation = organisations.getReferenceById(record.organisationId());
            boolean created = programme == null;
            if (created) {
                programme = new Programme(record.id(), organisation);
            }
            programme.describe(organisation, record.name(), record.description());
            programme.place(position);
            programmes.save(programme);
            count(outcome, Kind.PROGRAMME, created);
            progress.advance(1);
        }
    }

    private void applyServices(List<ServiceRecord> incoming, ImportOutcome.Builder outcome, Progress progress) {
        int position = 0;
        for (ServiceRecord record : incoming) {
            position++;
            var existing = services.findById(record.id());
            if (existing.isPresent()
                    && sameIgnoringTime(Records.of(existing.get()), record)
                    && existing.get().position() == position) {
                outcome.unchanged(Kind.SERVICE);
                progress.advance(1);
                continue;
            }
            Organisation organisation = organisations.getReferenceById(record.organisationId());
            ServiceListing service = existing.orElseGet(() -> new ServiceListing(record.id(), organisation));
            service.moveTo(organisation);
            service.place(position);
            service.describe(
                    record.name(),
                    record.description(),
                    record.url(),
                    record.email(),
                    record.eligibility(),
                    record.fees(),
                    record.assuredDate());
            service.changeStatus(record.status(), record.alert());
            service.deliverUnder(
                    record.programmeId() == null ? null : programmes.getReferenceById(record.programmeId()));
            sync(
                    service.areas(),
                    record.areas(),
                    ServiceArea::id,
                    ServiceRecord.AreaEntry::id,
                    r -> new ServiceArea(r.id(), service),
                    (a, r, i) -> a.describe(r.areaUri(), r.name(), r.description(), i));
            sync(
                    service.languages(),
                    record.languages(),
                    ServiceLanguage::id,
                    ServiceRecord.LanguageEntry::id,
                    r -> new ServiceLanguage(r.id(), service),
                    (l, r, i) -> l.describe(r.code(), r.name(), i));
            sync(
                    service.costOptions(),
                    record.costOptions(),
                    CostOption::id,
                    ServiceRecord.CostEntry::id,
                    r -> new CostOption(r.id(), service),
                    (c, r, i) -> c.describe(r.option(), r.currency(), r.amount(), r.amountDescription(), i));
            sync(
                    service.contacts(),
                    record.contacts(),
                    ServiceContact::id,
                    ServiceRecord.ContactEntry::id,
                    r -> new ServiceContact(r.id(), service),
                    (c, r, i) -> c.describe(r.name(), r.title(), r.department(), r.email(), r.phone(), i));
            sync(
                    service.classifications(),
                    record.classifications(),
                    ServiceClassification::id,
                    ClassificationRecord::id,
                    r -> new ServiceClassification(r.id(), service, terms.getReferenceById(r.termId()), 0),
                    (c, r, i) -> c.reposition(terms.getReferenceById(r.termId()), i));
            service.touch(record.lastModified() == null ? clock.instant() : record.lastModified());
            services.save(service);
            count(outcome, Kind.SERVICE, existing.isEmpty());
            progress.advance(1);
        }
    }

    /** The records in an order where a parent among them comes before its children; otherwise as given. */
    private static <R> List<R> parentsFirst(
            java.util.Collection<R> records, Function<R, UUID> id, Function<R, UUID> parentId) {
        Map<UUID, R> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(id.apply(r), r));
        List<R> ordered = new ArrayList<>(records.size());
        java.util.Set<UUID> placed = new java.util.HashSet<>();
        for (R record : records) {
            // Walk up to the highest unplaced ancestor among the records, then place down the chain.
            java.util.Deque<R> chain = new java.util.ArrayDeque<>();
            for (R r = record;
                    r != null && !placed.contains(id.apply(r)) && !chain.contains(r);
                    r = parentId.apply(r) == null ? null : byId.get(parentId.apply(r))) {
                chain.push(r);
            }
            for (R r : chain) {
                if (placed.add(id.apply(r))) {
                    ordered.add(r);
                }
            }
        }
        return ordered;
    }

    private static boolean sameIgnoringTime(OrganisationRecord current, OrganisationRecord incoming) {
        return incoming.lastModified() == null
                ? current.equals(withTime(incoming, current.lastModified()))
                : current.equals(incoming);
    }

    private static OrganisationRecord withTime(OrganisationRecord r, Instant time) {
        return new OrganisationRecord(
                r.id(),
                r.name(),
                r.description(),
                r.website(),
                r.email(),
                r.parentId(),
                r.classifications(),
                r.archived(),
                time);
    }

    private static boolean sameIgnoringTime(ServiceRecord current, ServiceRecord incoming) {
        if (incoming.lastModified() != null) {
            return current.equals(incoming);
        }
        return current.equals(new ServiceRecord(
                incoming.id(),
                incoming.organisationId(),
                incoming.name(),
                incoming.description(),
                incoming.url(),
                incoming.email(),
                incoming.status(),
                incoming.alert(),
                incoming.eligibility(),
                incoming.fees(),
                incoming.assuredDate(),
                current.lastModified(),
                incoming.areas(),
                incoming.languages(),
                incoming.costOptions(),
                incoming.contacts(),
                incoming.classifications(),
                incoming.programmeId()));
    }

    private static void count(ImportOutcome.Builder outcome, Kind kind, boolean created) {
        if (created) {
            outcome.created(kind);
        } else {
            outcome.updated(kind);
        }
    }

    /** Updates a child collection in place by id so that existing rows are updated rather than replaced. */
    private static <E, R> void sync(
            List<E> current,
            List<R> incoming,
            Function<E, UUID> entityId,
            Function<R, UUID> recordId,
            Function<R, E> create,
            Update<E, R> update) {
        Map<UUID, E> byId = new HashMap<>();
        current.forEach(e -> byId.put(entityId.apply(e), e));
        List<E> result = new ArrayList<>(incoming.size());
        for (int i = 0; i < incoming.size(); i++) {
            R record = incoming.get(i);
            E entity = byId.get(recordId.apply(record));
            if (entity == null) {
                entity = create.apply(record);
            }
            update.apply(entity, record, i);
            result.add(entity);
        }
        current.clear();
        current.addAll(result);
    }

    @FunctionalInterface
    private interface Update<E, R> {
        void apply(E entity, R record, int position);
    }
}
