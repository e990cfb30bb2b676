package fi.kvverkosto.network;

import fi.kvverkosto.network.NetworkCatalog.Actor;
import fi.kvverkosto.network.NetworkCatalog.Offer;
import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network as it is now: the public organisations of the directory, joined by the declared relations that are
 * valid today and by the relations derived from the directory, with their analytics and stable map positions. Read
 * live on every call (the directory part from {@link NetworkCatalog}'s memory), so a change shows at the next load.
 */
@Service
@Transactional(readOnly = true)
class Network {

    private final NetworkCatalog catalog;
    private final RelationRepository relations;
    private final Clock clock;
    private final AtomicReference<CachedLayout> layout = new AtomicReference<>();

    /** Bumped after every committed change of the relations ({@link Relations} calls {@link #relationsChanged()}). */
    private final java.util.concurrent.atomic.AtomicLong relationsGeneration =
            new java.util.concurrent.atomic.AtomicLong();

    private final AtomicReference<CachedViews> views = new AtomicReference<>();

    /**
     * Views computed for the directory, the relations and the day they were computed on: the same query is answered
     * from memory until one of them changes. At most {@link #MAX_CACHED_VIEWS} queries are kept.
     */
    private record CachedViews(
            long catalogGeneration,
            long relationsGeneration,
            LocalDate day,
            java.util.concurrent.ConcurrentHashMap<NetworkQuery, View> byQuery) {}

    static final int MAX_CACHED_VIEWS = 256;

    Network(NetworkCatalog catalog, RelationRepository relations, Clock clock) {
        this.catalog = catalog;
        this.relations = relations;
        this.clock = clock;
    }

    /**
     * An actor on the map, with its analytics and position; or, when the query asks for services, a service (type
     * {@link #SERVICE}, {@code provider} its organisation), which the analytics leave out: its degree is its one
     * relation to its provider, its centralities 0 and its community its provider's.
     */
    record Node(
            UUID id,
            LocalizedText name,
            String type,
            int degree,
            double betweenness,
            double closeness,
            int community,
            boolean articulation,
            double x,
            double y,
            int services,
            UUID provider) {

        public boolean service() {
            return provider != null;
        }
    }

    /** The type of a node that is a service. */
    static final String SERVICE = "service";

    /** How far from its provider a service is drawn, on the map's 0–1000 scale. */
    static final double SERVICE_DISTANCE = 16;

    /**
     * A relation on the map; {@code relationId} only for declared ones, {@code weight} the shared stage × need pairs of
     * a shared offer (1 otherwise). {@code services}: the service a declared relation is about (none or one); for a
     * shared offer, the active services of either actor that serve the shared stage × need pairs.
     */
    record Edge(
            UUID source,
            UUID target,
            RelationType type,
            LocalizedText description,
            String evidence,
            UUID relationId,
            int weight,
            List<UUID> services) {

        Edge {
            services = services == null ? List.of() : List.copyOf(services);
        }

        public boolean declared() {
            return type.declared();
        }

        /** The declared relation's service, or null (also for derived relations, which may name several). */
        public UUID serviceId() {
            return declared() && !services.isEmpty() ? services.getFirst() : null;
        }
    }

    /** The part of the network a query asked for. */
    record View(NetworkQuery query, List<Node> nodes, List<Edge> edges, List<List<UUID>> bridges, int communities) {

        Optional<Node> node(UUID id) {
            return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
        }

        /** The node and the nodes one relation away from it. */
        Set<UUID> neighbourhood(UUID id) {
            Set<UUID> around = new LinkedHashSet<>();
            around.add(id);
            for (Edge e : edges) {
                if (e.source().equals(id)) {
                    around.add(e.target());
                } else if (e.target().equals(id)) {
                    around.add(e.source());
                }
            }
            return around;
        }
    }

    NetworkCatalog.Snapshot catalog() {
        return catalog.get();
    }

    View view(NetworkQuery query) {
        // The generations are read before the data, so that a view computed while a change commits is never kept
        // under the new generation.
        long catalogGeneration = catalog.generation();
        long relationsNow = relationsGeneration.get();
        LocalDate today = today();
        CachedViews cached = views.get();
        if (cached == null
                || cached.catalogGeneration() != catalogGeneration
                || cached.relationsGeneration() != relationsNow
                || !cached.day().equals(today)) {
            cached = new CachedViews(
                    catalogGeneration, relationsNow, today, new java.util.concurrent.ConcurrentHashMap<>());
            views.set(cached);
        }
        View view = cached.byQuery().get(query);
        if (view == null) {
            view = compute(query);
            if (cached.byQuery().size() >= MAX_CACHED_VIEWS) {
                cached.byQuery().clear();
            }
            cached.byQuery().put(query, view);
        }
        return view;
    }

    /** The relations have changed and the change is committed: views are computed again. */
    void relationsChanged() {
        relationsGeneration.incrementAndGet();
        views.set(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Helsinki")));
    }

    private View compute(NetworkQuery query) {
        var snapshot = catalog.get();
        List<Relation> valid = validRelations();
        List<Actor> shown = snapshot.actors().values().stream()
                .filter(a -> !query.filtersActors() || a.offers().stream().anyMatch(o -> matches(o, query, snapshot)))
                .toList();
        Set<UUID> shownIds = new HashSet<>();
        shown.forEach(a -> shownIds.add(a.id()));
        List<Edge> edges = new ArrayList<>(edges(snapshot, valid, query.types(), shownIds));

        List<UUID> ids = shown.stream().map(Actor::id).toList();
        var analysis = NetworkAnalytics.analyse(
                ids,
                edges.stream()
                        .map(e -> new SimpleEntry<>(e.source(), e.target()))
                        .toList());
        Map<UUID, double[]> positions = positions(snapshot, valid);
        List<Node> nodes = new ArrayList<>();
        for (Actor a : shown) {
            var m = analysis.metrics().get(a.id());
            double[] p = positions.getOrDefault(a.id(), new double[] {0, 0});
            nodes.add(new Node(
                    a.id(),
                    a.name(),
                    a.type(),
                    m.degree(),
                    m.betweenness(),
                    m.closeness(),
                    m.community(),
                    m.articulation(),
                    p[0],
                    p[1],
                    (int) a.offers().stream().filter(Offer::active).count(),
                    null));
        }
        if (query.services()) {
            addServices(query, snapshot, shown, analysis, positions, nodes, edges);
        }
        return new View(query, nodes, edges, analysis.bridges(), analysis.communities());
    }

    /**
     * Adds the shown actors' active services that fit the query as nodes around their providers, each with a
     * {@code provides} relation. After the analytics, which stay those of the organisations' network.
     */
    private static void addServices(
            NetworkQuery query,
            NetworkCatalog.Snapshot snapshot,
            List<Actor> shown,
            NetworkAnalytics.Analysis<UUID> analysis,
            Map<UUID, double[]> positions,
            List<Node> nodes,
            List<Edge> edges) {
        for (Actor a : shown) {
            List<Offer> offers = a.offers().stream()
                    .filter(o -> o.active() && (!query.filtersActors() || matches(o, query, snapshot)))
                    .sorted(Comparator.comparing(Offer::id))
                    .toList();
            double[] p = positions.getOrDefault(a.id(), new double[] {0, 0});
            int community = analysis.metrics().get(a.id()).community();
            for (int i = 0; i < offers.size(); i++) {
                Offer o = offers.get(i);
                double angle = 2 * Math.PI * i / offers.size() + Math.PI / 4;
                nodes.add(new Node(
                        o.id(),
                        o.name(),
                        SERVICE,
                        1,
                        0,
                        0,
                        community,
                        false,
                        Math.clamp(p[0] + SERVICE_DISTANCE * Math.cos(angle), 0, 1000),
                        Math.clamp(p[1] + SERVICE_DISTANCE * Math.sin(angle), 0, 1000),
                        0,
                        a.id()));
                edges.add(
                        new Edge(o.id(), a.id(), RelationType.PROVIDES, LocalizedText.EMPTY, null, null, 1, List.of()));
            }
        }
    }

    /** The fewest relations of the view between two actors, both included; empty when none joins them. */
    Optional<List<UUID>> path(View view, UUID from, UUID to) {
        return NetworkAnalytics.shortestPath(
                view.nodes().stream().map(Node::id).toList(),
                view.edges().stream()
                        .map(e -> new SimpleEntry<>(e.source(), e.target()))
                        .toList(),
                from,
                to);
    }

    /** Whether an active service fits the query's stage, need and municipality. */
    static boolean matches(Offer offer, NetworkQuery query, NetworkCatalog.Snapshot snapshot) {
        if (!offer.active()) {
            return false;
        }
        if (query.stage() != null && !offer.stages().contains(query.stage())) {
            return false;
        }
        if (query.need() != null && !offer.needs().contains(query.need())) {
            return false;
        }
        if (query.municipality() != null) {
            var municipality = snapshot.municipalities().stream()
                    .filter(m -> m.code().equals(query.municipality()))
                    .findFirst()
                    .orElseThrow();
            return reach(offer, municipality, snapshot) != Reach.NONE;
        }
        return true;
    }

    /** How close to a municipality a service is offered. */
    enum Reach {
        LOCAL,
        REGIONAL,
        NATIONAL,
        NONE
    }

    static Reach reach(Offer offer, NetworkCatalog.Municipality municipality, NetworkCatalog.Snapshot snapshot) {
        Set<String> local = new HashSet<>();
        local.add(municipality.uri());
        if (municipality.subRegionUri() != null) {
            local.add(municipality.subRegionUri());
        }
        return reach(offer, local, snapshot);
    }

    /** How close a service is offered to a place whose own areas (it and what lies in it or holds it locally) these are. */
    static Reach reach(Offer offer, Set<String> localUris, NetworkCatalog.Snapshot snapshot) {
        Reach best = Reach.NONE;
        for (String uri : offer.areaUris()) {
            Reach reach;
            if (localUris.contains(uri)) {
                reach = Reach.LOCAL;
            } else if (snapshot.regionUris().contains(uri)) {
                reach = Reach.REGIONAL;
            } else if (snapshot.nationalUris().contains(uri)) {
                reach = Reach.NATIONAL;
            } else {
                reach = Reach.NONE;
            }
            if (reach.ordinal() < best.ordinal()) {
                best = reach;
            }
        }
        return best;
    }

    private List<Relation> validRelations() {
        LocalDate today = today();
        return relations.findAll().stream()
                .filter(r -> r.validOn(today))
                .sorted(Comparator.comparing(Relation::id))
                .toList();
    }

    private static List<Edge> edges(
            NetworkCatalog.Snapshot snapshot, List<Relation> valid, Set<RelationType> types, Set<UUID> shown) {
        List<Edge> edges = new ArrayList<>();
        for (Relation r : valid) {
            if (types.contains(r.type()) && shown.contains(r.sourceId()) && shown.contains(r.targetId())) {
                edges.add(new Edge(
                        r.sourceId(),
                        r.targetId(),
                        r.type(),
                        r.description(),
                        r.evidence(),
                        r.id(),
                        1,
                        r.serviceId() == null ? List.of() : List.of(r.serviceId())));
            }
        }
        if (types.contains(RelationType.HIERARCHY)) {
            for (Actor a : snapshot.actors().values()) {
                if (a.parentId() != null && shown.contains(a.id()) && shown.contains(a.parentId())) {
                    edges.add(new Edge(
                            a.id(),
                            a.parentId(),
                            RelationType.HIERARCHY,
                            LocalizedText.EMPTY,
                            null,
                            null,
                            1,
                            List.of()));
                }
            }
        }
        if (types.contains(RelationType.SHARED_OFFER)) {
            List<Actor> actors = snapshot.actors().values().stream()
                    .filter(a -> shown.contains(a.id()))
                    .toList();
            Map<UUID, Set<String>> cells = new HashMap<>();
            for (Actor a : actors) {
                Set<String> own = new HashSet<>();
                for (Offer o : a.offers()) {
                    if (o.active()) {
                        for (String stage : o.stages()) {
                            for (String need : o.needs()) {
                                own.add(stage + "/" + need);
                            }
                        }
                    }
                }
                cells.put(a.id(), own);
            }
            for (int i = 0; i < actors.size(); i++) {
                for (int j = i + 1; j < actors.size(); j++) {
                    Set<String> shared = new HashSet<>(cells.get(actors.get(i).id()));
                    shared.retainAll(cells.get(actors.get(j).id()));
                    if (shared.size() >= RelationType.SHARED_OFFER_MIN_CELLS) {
                        List<UUID> services = new ArrayList<>();
                        sharedServices(actors.get(i), shared, services);
                        sharedServices(actors.get(j), shared, services);
                        edges.add(new Edge(
                                actors.get(i).id(),
                                actors.get(j).id(),
                                RelationType.SHARED_OFFER,
                                LocalizedText.EMPTY,
                                null,
                                null,
                                shared.size(),
                                services));
                    }
                }
            }
        }
        if (types.contains(RelationType.SHARED_PROGRAMME)) {
            edges.addAll(sharedProgrammes(snapshot, shown));
        }
        return edges;
    }

    /**
     * One edge between each two shown actors that take part in the same programmes: the programme's owner and the
     * providers of its public services. The weight is the number of programmes they share, the description their names
     * and the services those of the two in them.
     */
    private static List<Edge> sharedProgrammes(NetworkCatalog.Snapshot snapshot, Set<UUID> shown) {
        Map<UUID, Map<UUID, List<UUID>>> participants = new LinkedHashMap<>();
        snapshot.programmes()
                .values()
                .forEach(p -> participants
                        .computeIfAbsent(p.id(), k -> new LinkedHashMap<>())
                        .put(p.ownerId(), new ArrayList<>()));
        for (Actor a : snapshot.actors().values()) {
            for (Offer o : a.offers()) {
                var taking = o.programmeId() == null ? null : participants.get(o.programmeId());
                if (taking != null) {
                    taking.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(o.id());
                }
            }
        }
        record Pair(UUID first, UUID second) {}
        Map<Pair, List<UUID>> programmesOfPair =
                new TreeMap<>(Comparator.comparing(Pair::first).thenComparing(Pair::second));
        Map<Pair, List<UUID>> servicesOfPair = new HashMap<>();
        participants.forEach((programme, byActor) -> {
            List<UUID> actors =
                    byActor.keySet().stream().filter(shown::contains).sorted().toList();
            for (int i = 0; i < actors.size(); i++) {
                for (int j = i + 1; j < actors.size(); j++) {
                    var pair = new Pair(actors.get(i), actors.get(j));
                    programmesOfPair
                            .computeIfAbsent(pair, k -> new ArrayList<>())
                            .add(programme);
                    var services = servicesOfPair.computeIfAbsent(pair, k -> new ArrayList<>());
                    services.addAll(byActor.get(pair.first()));
                    services.addAll(byActor.get(pair.second()));
                }
            }
        });
        List<Edge> edges = new ArrayList<>();
        programmesOfPair.forEach((pair, programmes) -> edges.add(new Edge(
                pair.first(),
                pair.second(),
                RelationType.SHARED_PROGRAMME,
                names(programmes.stream()
                        .map(id -> snapshot.programmes().get(id).name())
                        .toList()),
                null,
                null,
                programmes.size(),
                servicesOfPair.get(pair))));
        return edges;
    }

    /** Names joined with "; " in each language (a missing language falls back as the names do). */
    private static LocalizedText names(List<LocalizedText> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        LocalizedText joined = LocalizedText.EMPTY;
        for (Language language : Language.values()) {
            List<String> texts = new ArrayList<>();
            for (LocalizedText name : names) {
                if (!name.isEmpty()) {
                    texts.add(name.in(language).text());
                }
            }
            joined = joined.with(language, String.join("; ", texts));
        }
        return joined;
    }

    /** Adds the actor's active services that serve at least one of the shared stage × need pairs. */
    private static void sharedServices(Actor actor, Set<String> shared, List<UUID> services) {
        for (Offer o : actor.offers()) {
            if (o.active() && serves(o, shared)) {
                services.add(o.id());
            }
        }
    }

    private static boolean serves(Offer offer, Set<String> cells) {
        for (String stage : offer.stages()) {
            for (String need : offer.needs()) {
                if (cells.contains(stage + "/" + need)) {
                    return true;
                }
            }
        }
        return false;
    }

    private record CachedLayout(long generation, List<String> relationKeys, Map<UUID, double[]> positions) {}

    /**
     * Positions of every actor, from the whole network of declared relations and the hierarchy, so that a filtered view
     * keeps each actor where the whole map has it. Computed again only when the directory or the relations change.
     */
    private Map<UUID, double[]> positions(NetworkCatalog.Snapshot snapshot, List<Relation> valid) {
        List<String> keys = valid.stream()
                .map(r -> r.sourceId() + ">" + r.targetId())
                .sorted()
                .toList();
        CachedLayout cached = layout.get();
        if (cached != null
                && cached.generation() == snapshot.generation()
                && cached.relationKeys().equals(keys)) {
            return cached.positions();
        }
        List<UUID> ids = new ArrayList<>(snapshot.actors().keySet());
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        Set<String> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (Edge e : edges(
                snapshot,
                valid,
                RelationType.shownByDefault().stream().collect(java.util.stream.Collectors.toSet()),
                index.keySet())) {
            int a = index.get(e.source());
            int b = index.get(e.target());
            if (a != b && seen.add(Math.min(a, b) + ":" + Math.max(a, b))) {
                pairs.add(new int[] {a, b});
            }
        }
        double[][] xy = NetworkLayout.of(ids.size(), NetworkLayout.adjacency(ids.size(), pairs));
        Map<UUID, double[]> positions = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), xy[i]);
        }
        layout.set(new CachedLayout(snapshot.generation(), keys, Map.copyOf(positions)));
        return positions;
    }
}
