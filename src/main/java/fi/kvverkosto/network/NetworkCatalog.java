package fi.kvverkosto.network;

import fi.kvverkosto.directory.AreaRecord;
import fi.kvverkosto.directory.AreaType;
import fi.kvverkosto.directory.CatalogReader;
import fi.kvverkosto.directory.DirectoryChanged;
import fi.kvverkosto.directory.OrganisationRecord;
import fi.kvverkosto.directory.ServiceDirectory;
import fi.kvverkosto.directory.ServiceRecord;
import fi.kvverkosto.directory.ServiceStatus;
import fi.kvverkosto.directory.TermRecord;
import fi.kvverkosto.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the network reads of the directory, held in memory: the public organisations with their provider type and their
 * public services (stages, needs, areas, programme), the programmes, the vocabularies and the areas. Read through the directory's public API and
 * forgotten on every {@link DirectoryChanged}, so that an edit or an import shows at the next load.
 */
@Component
class NetworkCatalog {

    static final String STAGE = "kv-stage";
    static final String NEED = "kv-need";
    static final String PROVIDER_TYPE = "provider-type";
    private static final int PAGE = 500;

    private final CatalogReader reader;
    private final ServiceDirectory directory;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Loaded> current = new AtomicReference<>();

    NetworkCatalog(CatalogReader reader, ServiceDirectory directory) {
        this.reader = reader;
        this.directory = directory;
    }

    /** A public service as the network sees it; stages and needs are local codes ({@code 3}, {@code funding}). */
    record Offer(
            UUID id,
            UUID organisationId,
            LocalizedText name,
            boolean active,
            Set<String> stages,
            Set<String> needs,
            List<String> areaUris,
            UUID programmeId) {}

    /** A programme of a public organisation (its owner), under which services are delivered. */
    record Programme(UUID id, UUID ownerId, LocalizedText name) {}

    /** A public organisation; {@code type} is its first provider type's local code, or {@code other}. */
    record Actor(UUID id, LocalizedText name, String type, UUID parentId, List<Offer> offers) {}

    /** A term of a vocabulary, by local code. */
    record Term(String code, LocalizedText label) {}

    /** A municipality with the areas that hold it (its sub-region and the region). */
    record Municipality(
            String code, String uri, LocalizedText name, String subRegionUri, LocalizedText subRegionName) {}

    record Snapshot(
            long generation,
            Map<UUID, Actor> actors,
            List<Term> stages,
            List<Term> needs,
            List<Term> providerTypes,
            List<Municipality> municipalities,
            Set<String> regionUris,
            Set<String> nationalUris,
            Map<UUID, Offer> offers,
            Map<UUID, Programme> programmes) {

        Actor actor(UUID id) {
            return actors.get(id);
        }

        /** A public service of one of the actors, or null. */
        Offer offer(UUID id) {
            return id == null ? null : offers.get(id);
        }
    }

    private record Loaded(long generation, Snapshot snapshot) {}

    Snapshot get() {
        long wanted = generation.get();
        Loaded loaded = current.get();
        if (loaded != null && loaded.generation() == wanted) {
            return loaded.snapshot();
        }
        Snapshot snapshot = load(wanted);
        current.set(new Loaded(wanted, snapshot));
        return snapshot;
    }

    /** The generation of what is held: changes with every directory change, so derived caches can key on it. */
    long generation() {
        return generation.get();
    }

    @EventListener(DirectoryChanged.class)
    void forget() {
        generation.incrementAndGet();
        current.set(null);
    }

    private Snapshot load(long wanted) {
        List<TermRecord> terms = reader.allTerms();
        Map<UUID, TermRecord> termsById = new HashMap<>();
        terms.forEach(t -> termsById.put(t.id(), t));

        Map<UUID, List<Offer>> offersByOrganisation = new HashMap<>();
        var serviceQuery = new CatalogReader.ServiceQuery(null, null, null, null, null);
        for (int page = 0; ; page++) {
            var services = reader.services(serviceQuery, page, PAGE);
            for (ServiceRecord s : services.getContent()) {
                Set<String> stages = new LinkedHashSet<>();
                Set<String> needs = new LinkedHashSet<>();
                for (var c : s.classifications()) {
                    TermRecord term = termsById.get(c.termId());
                    if (term == null) {
                        continue;
                    }
                    if (term.taxonomyKey().equals(STAGE)) {
                        stages.add(term.localCode());
                    } else if (term.taxonomyKey().equals(NEED)) {
                        needs.add(term.localCode());
                    }
                }
                offersByOrganisation
                        .computeIfAbsent(s.organisationId(), k -> new ArrayList<>())
                        .add(new Offer(
                                s.id(),
                                s.organisationId(),
                                s.name(),
                                s.status() == ServiceStatus.ACTIVE,
                                Set.copyOf(stages),
                                Set.copyOf(needs),
                                s.areas().stream()
                                        .map(ServiceRecord.AreaEntry::areaUri)
                                        .toList(),
                                s.programmeId()));
            }
            if (!services.hasNext()) {
                break;
            }
        }

        List<OrganisationRecord> organisations = new ArrayList<>();
        var organisationQuery = new CatalogReader.OrganisationQuery(null, null, null, null);
        for (int page = 0; ; page++) {
            var found = reader.organisations(organisationQuery, page, PAGE);
            organisations.addAll(found.getContent());
            if (!found.hasNext()) {
                break;
            }
        }
        // Sorted by id: the graph, its layout and its communities come out the same on every load.
        organisations.sort(Comparator.comparing(OrganisationRecord::id));
        Map<UUID, Actor> actors = new LinkedHashMap<>();
        for (OrganisationRecord o : organisations) {
            String type = o.classifications().stream()
                    .map(c -> termsById.get(c.termId()))
                    .filter(t -> t != null && t.taxonomyKey().equals(PROVIDER_TYPE))
                    .map(TermRecord::localCode)
                    .findFirst()
                    .orElse("other");
            actors.put(
                    o.id(),
                    new Actor(
                            o.id(),
                            o.name(),
                            type,
                            o.parentId(),
                            offersByOrganisation.getOrDefault(o.id(), List.of())));
        }

        List<AreaRecord> areas = directory.areas();
        Map<String, AreaRecord> areasByUri = new HashMap<>();
        areas.forEach(a -> areasByUri.put(a.uri(), a));
        List<Municipality> municipalities = new ArrayList<>();
        Set<String> regionUris = new LinkedHashSet<>();
        Set<String> nationalUris = new LinkedHashSet<>();
        for (AreaRecord a : areas) {
            switch (a.type()) {
                case MUNICIPALITY -> {
                    AreaRecord parent = a.parentUri() == null ? null : areasByUri.get(a.parentUri());
                    boolean subRegion = parent != null && parent.type() == AreaType.SUB_REGION;
                    municipalities.add(new Municipality(
                            a.code(),
                            a.uri(),
                            a.name(),
                            subRegion ? parent.uri() : null,
                            subRegion ? parent.name() : LocalizedText.EMPTY));
                }
                case REGION -> regionUris.add(a.uri());
                case COUNTRY, UNION -> nationalUris.add(a.uri());
                default -> {}
            }
        }
        Map<UUID, Offer> offers = new HashMap<>();
        for (Actor a : actors.values()) {
            a.offers().forEach(o -> offers.put(o.id(), o));
        }
        municipalities.sort(
                Comparator.comparing(m -> m.name().fi() == null ? "" : m.name().fi()));
        return new Snapshot(
                wanted,
                actors,
                vocabulary(terms, STAGE),
                vocabulary(terms, NEED),
                vocabulary(terms, PROVIDER_TYPE),
                List.copyOf(municipalities),
                Set.copyOf(regionUris),
                Set.copyOf(nationalUris),
                Map.copyOf(offers),
                programmes());
    }

    private Map<UUID, Programme> programmes() {
        Map<UUID, Programme> programmes = new LinkedHashMap<>();
        reader.programmes().forEach(p -> programmes.put(p.id(), new Programme(p.id(), p.organisationId(), p.name())));
        return java.util.Collections.unmodifiableMap(programmes);
    }

    private static List<Term> vocabulary(List<TermRecord> terms, String taxonomy) {
        return terms.stream()
                .filter(t -> t.taxonomyKey().equals(taxonomy))
                .map(t -> new Term(t.localCode(), t.label()))
                .toList();
    }
}
