package fi.kvverkosto.network;

import fi.kvverkosto.network.Network.Reach;
import fi.kvverkosto.network.NetworkCatalog.Actor;
import fi.kvverkosto.network.NetworkCatalog.Municipality;
import fi.kvverkosto.network.NetworkCatalog.Offer;
import fi.kvverkosto.network.NetworkCatalog.Snapshot;
import fi.kvverkosto.network.NetworkCatalog.Term;
import fi.kvverkosto.shared.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The two "where is what" views of the active services: the service path (stages as columns, needs as rows, the
 * providers and services in each cell) and the coverage of each municipality (for each stage and need, whether a
 * service is there locally, only regionally, only nationally, or not at all).
 */
final class ServiceLandscape {

    private ServiceLandscape() {}

    /** A service in a cell of the path, with its provider. */
    record Entry(UUID serviceId, LocalizedText service, UUID organisationId, LocalizedText organisation, Reach reach) {}

    /** One need's row of the path: a list of entries for each stage, in the stages' order. */
    record PathRow(Term need, List<List<Entry>> cells) {}

    /**
     * The service path: for each need and stage the active services, optionally only those that reach a municipality
     * (with how close they are offered).
     */
    static List<PathRow> path(Snapshot catalog, Municipality municipality) {
        List<Term> stages = pathStages(catalog);
        List<PathRow> rows = new ArrayList<>();
        for (Term need : catalog.needs()) {
            List<List<Entry>> cells = new ArrayList<>();
            for (Term stage : stages) {
                List<Entry> entries = new ArrayList<>();
                for (Actor actor : catalog.actors().values()) {
                    for (Offer offer : actor.offers()) {
                        if (!offer.active()
                                || !offer.stages().contains(stage.code())
                                || !offer.needs().contains(need.code())) {
                            continue;
                        }
                        Reach reach = municipality == null ? null : Network.reach(offer, municipality, catalog);
                        if (reach == Reach.NONE) {
                            continue;
                        }
                        entries.add(new Entry(offer.id(), offer.name(), actor.id(), actor.name(), reach));
                    }
                }
                entries.sort(java.util.Comparator.comparing(e -> fi(e.organisation()) + "|" + fi(e.service())));
                cells.add(entries);
            }
            rows.add(new PathRow(need, cells));
        }
        return rows;
    }

    /** The stages that form the path's columns: 1–5, without the cross-cutting one. */
    static List<Term> pathStages(Snapshot catalog) {
        return catalog.stages().stream().filter(s -> !s.code().equals("x")).toList();
    }

    /** How a municipality is served in each need (rows) and stage (columns): the closest reach of any service. */
    /**
     * @param counts how many cells each reach has, by its lower-case name ({@code local}, ..., {@code none})
     */
    record CoverageGrid(Municipality municipality, Map<String, List<Reach>> byNeed, Map<String, Integer> counts) {}

    static CoverageGrid coverage(Snapshot catalog, Municipality municipality) {
        List<Term> stages = pathStages(catalog);
        Map<String, List<Reach>> byNeed = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Reach r : Reach.values()) {
            counts.put(key(r), 0);
        }
        for (Term need : catalog.needs()) {
            List<Reach> row = new ArrayList<>();
            for (Term stage : stages) {
                Reach best = Reach.NONE;
                for (Actor actor : catalog.actors().values()) {
                    for (Offer offer : actor.offers()) {
                        if (offer.active()
                                && offer.stages().contains(stage.code())
                                && offer.needs().contains(need.code())) {
                            Reach reach = Network.reach(offer, municipality, catalog);
                            if (reach.ordinal() < best.ordinal()) {
                                best = reach;
                            }
                        }
                    }
                }
                row.add(best);
                counts.merge(key(best), 1, Integer::sum);
            }
            byNeed.put(need.code(), row);
        }
        return new CoverageGrid(municipality, byNeed, counts);
    }

    /** A sub-region's stage × need cells by the closest service: local when in the sub-region or one of its municipalities. */
    record SubRegionCoverage(String uri, LocalizedText name, int municipalities, Map<String, Integer> counts) {}

    static List<SubRegionCoverage> subRegions(Snapshot catalog) {
        Map<String, List<Municipality>> bySubRegion = new LinkedHashMap<>();
        catalog.municipalities().stream()
                .filter(m -> m.subRegionUri() != null)
                .sorted(java.util.Comparator.comparing(m -> fi(m.subRegionName())))
                .forEach(m -> bySubRegion
                        .computeIfAbsent(m.subRegionUri(), k -> new ArrayList<>())
                        .add(m));
        List<Term> stages = pathStages(catalog);
        List<SubRegionCoverage> result = new ArrayList<>();
        for (var entry : bySubRegion.entrySet()) {
            java.util.Set<String> local = new java.util.HashSet<>();
            local.add(entry.getKey());
            entry.getValue().forEach(m -> local.add(m.uri()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Reach r : Reach.values()) {
                counts.put(key(r), 0);
            }
            for (Term need : catalog.needs()) {
                for (Term stage : stages) {
                    Reach best = Reach.NONE;
                    for (Actor actor : catalog.actors().values()) {
                        for (Offer offer : actor.offers()) {
                            if (offer.active()
                                    && offer.stages().contains(stage.code())
                                    && offer.needs().contains(need.code())) {
                                Reach reach = Network.reach(offer, local, catalog);
                                if (reach.ordinal() < best.ordinal()) {
                                    best = reach;
                                }
                            }
                        }
                    }
                    counts.merge(key(best), 1, Integer::sum);
                }
            }
            result.add(new SubRegionCoverage(
                    entry.getKey(),
                    entry.getValue().getFirst().subRegionName(),
                    entry.getValue().size(),
                    counts));
        }
        return result;
    }

    static String key(Reach reach) {
        return reach.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String fi(LocalizedText text) {
        return text.fi() == null ? "" : text.fi();
    }
}
