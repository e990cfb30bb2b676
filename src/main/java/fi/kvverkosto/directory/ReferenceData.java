package fi.kvverkosto.directory;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taxonomies, terms and areas held in memory. Every search labels its results and facet options with them, and they
 * change only through imports and the rare staff edit, so reading them from the database on each request was wasted
 * work. {@link ReferenceDataIndexing} calls {@link #invalidate()} after every committed change of a taxonomy, term or
 * area, and the next reader loads them again.
 */
@Component
class ReferenceData {

    private final TaxonomyRepository taxonomies;
    private final TaxonomyTermRepository terms;
    private final AreaRepository areas;
    private final TransactionTemplate readOnly;

    /** Bumped by every change; a snapshot is only served while its generation is the current one. */
    private final AtomicLong generation = new AtomicLong();

    private final AtomicReference<Loaded> current = new AtomicReference<>();

    ReferenceData(
            TaxonomyRepository taxonomies,
            TaxonomyTermRepository terms,
            AreaRepository areas,
            PlatformTransactionManager transactionManager) {
        this.taxonomies = taxonomies;
        this.terms = terms;
        this.areas = areas;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** The reference data in their reference order, with lookups by code. */
    record Snapshot(
            List<TaxonomyRecord> taxonomies,
            List<TermRecord> terms,
            List<AreaRecord> areas,
            ServiceSearcher.Lookups lookups) {}

    private record Loaded(long generation, Snapshot snapshot) {}

    Snapshot get() {
        // Read the generation before loading: a change committed while loading bumps it, so that what this load read
        // (perhaps before the commit) is used once, by this caller, and never served from memory.
        long wanted = generation.get();
        Loaded loaded = current.get();
        if (loaded != null && loaded.generation() == wanted) {
            return loaded.snapshot();
        }
        Snapshot snapshot = readOnly.execute(status -> load());
        current.set(new Loaded(wanted, snapshot));
        return snapshot;
    }

    /** Forgets what was loaded: taxonomies, terms or areas have changed (and the change is committed). */
    void invalidate() {
        generation.incrementAndGet();
        current.set(null);
    }

    private Snapshot load() {
        var taxonomyRecords = taxonomies.findAllByOrderByPositionAsc().stream()
                .map(Records::of)
                .toList();
        var termRecords =
                terms.findAllByOrderByPositionAsc().stream().map(Records::of).toList();
        var areaRecords =
                areas.findAllByOrderByPositionAsc().stream().map(Records::of).toList();
        return new Snapshot(
                taxonomyRecords, termRecords, areaRecords, ServiceSearcher.Lookups.of(termRecords, areaRecords));
    }
}
