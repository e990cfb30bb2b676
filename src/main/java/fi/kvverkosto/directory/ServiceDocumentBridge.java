package fi.kvverkosto.directory;

import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a service's search document: its texts in each language for full-text search, and keyword fields for the
 * filters and their counts, expanded through the area and market hierarchies (see {@link DirectoryHierarchy}).
 *
 * <p>Hibernate Search reindexes the service when anything declared in {@link Binder} changes, including its provider's
 * name or archiving. Taxonomy terms and areas are reference data that imports change; {@link ReferenceDataIndexing}
 * reindexes the services when they do.
 */
class ServiceDocumentBridge implements TypeBridge<ServiceListing> {

    static final String NAME = "name_";
    static final String DESCRIPTION = "description_";
    static final String PROVIDER = "provider_";
    static final String TERMS = "terms_";
    static final String PREFIX = "prefix_";
    static final String ALERT = "alert_";
    static final String SORT_NAME = "sort_name_";
    static final String TERM = "term";
    static final String AREA = "area";
    static final String ORGANISATION = "organisation";
    static final String STATUS = "status";
    static final String INACTIVE = "inactive";

    /** The taxonomies whose term labels are searchable text; company size is left out, nearly every service has all. */
    private static final Set<String> TEXT_TAXONOMIES = Set.of("kv-stage", "kv-need", "industry", "market", "cost");

    private final Map<Language, IndexFieldReference<String>> names;
    private final Map<Language, IndexFieldReference<String>> descriptions;
    private final Map<Language, IndexFieldReference<String>> providers;
    private final Map<Language, IndexFieldReference<String>> terms;
    private final Map<Language, IndexFieldReference<String>> prefixes;
    private final Map<Language, IndexFieldReference<String>> alerts;
    private final Map<Language, IndexFieldReference<String>> sortNames;
    private final Map<SearchFacet, IndexFieldReference<String>> facets;
    private final IndexFieldReference<String> term;
    private final IndexFieldReference<String> area;
    private final IndexFieldReference<String> organisation;
    private final IndexFieldReference<String> status;
    private final IndexFieldReference<Integer> inactive;

    private ServiceDocumentBridge(IndexSchemaElement schema, IndexFieldTypeFactory types) {
        names = perLanguage(language -> schema.field(
                        NAME + language.code(),
                        types.asString()
                                .analyzer(SearchAnalysisConfigurer.analyzer(language))
                                .projectable(Projectable.YES))
                .toReference());
        descriptions = perLanguage(language -> schema.field(
                        DESCRIPTION + language.code(),
                        types.asString()
                                .analyzer(SearchAnalysisConfigurer.analyzer(language))
                                .projectable(Projectable.YES))
                .toReference());
        providers = perLanguage(language -> schema.field(
                        PROVIDER + language.code(),
                        types.asString()
                                .analyzer(SearchAnalysisConfigurer.analyzer(language))
                                .projectable(Projectable.YES))
                .toReference());
        terms = perLanguage(language -> schema.field(
                        TERMS + language.code(), types.asString().analyzer(SearchAnalysisConfigurer.analyzer(language)))
                .multiValued()
                .toReference());
        prefixes = perLanguage(language -> schema.field(
                        PREFIX + language.code(),
                        types.asString().analyzer(SearchAnalysisConfigurer.prefixAnalyzer(language)))
                .multiValued()
                .toReference());
        alerts = perLanguage(language -> schema.field(
                        ALERT + language.code(),
                        types.asString().searchable(Searchable.NO).projectable(Projectable.YES))
                .toReference());
        sortNames = perLanguage(language -> schema.field(
                        SORT_NAME + language.code(),
                        types.asString()
                                .normalizer(SearchAnalysisConfigurer.SORT)
                                .sortable(Sortable.YES))
                .toReference());
        facets = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            facets.put(facet, keyword(schema, types, facet.parameter()));
        }
        term = keyword(schema, types, TERM);
        area = keyword(schema, types, AREA);
        organisation = schema.field(
                        ORGANISATION,
                        types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES))
                .toReference();
        status = schema.field(
                        STATUS, types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES))
                .toReference();
        inactive =
                schema.field(INACTIVE, types.asInteger().sortable(Sortable.YES)).toReference();
    }

    private static IndexFieldReference<String> keyword(
            IndexSchemaElement schema, IndexFieldTypeFactory types, String name) {
        return schema.field(name, types.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                .multiValued()
                .toReference();
    }

    private static Map<Language, IndexFieldReference<String>> perLanguage(
            Function<Language, IndexFieldReference<String>> field) {
        Map<Language, IndexFieldReference<String>> fields = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            fields.put(language, field.apply(language));
        }
        return fields;
    }

    @Override
    public void write(DocumentElement document, ServiceListing service, TypeBridgeWriteContext context) {
        var hierarchy = DirectoryHierarchy.of(
                context.extension(HibernateOrmExtension.get()).session());
        Organisation provider = service.organisation();
        LocalizedText name = Records.orEmpty(service.name());
        for (Language language : Language.values()) {
            addIfPresent(document, names.get(language), name.get(language));
            addIfPresent(
                    document,
                    descriptions.get(language),
                    Records.orEmpty(service.description()).get(language));
            addIfPresent(
                    document,
                    providers.get(language),
                    Records.orEmpty(provider.name()).get(language));
            addIfPresent(document, prefixes.get(language), name.get(language));
            addIfPresent(
                    document,
                    prefixes.get(language),
                    Records.orEmpty(service.description()).get(language));
            addIfPresent(
                    document,
                    alerts.get(language),
                    Records.orEmpty(service.alert()).get(language));
            document.addValue(sortNames.get(language), name.in(language).text());
        }

        Map<String, List<String>> codesByTaxonomy = new HashMap<>();
        for (ServiceClassification classification : service.classifications()) {
            TaxonomyTerm classifiedAs = classification.term();
            document.addValue(term, classifiedAs.code());
            codesByTaxonomy
                    .computeIfAbsent(classifiedAs.taxonomyKey(), key -> new ArrayList<>())
                    .add(classifiedAs.localCode());
            if (TEXT_TAXONOMIES.contains(classifiedAs.taxonomyKey())) {
                LocalizedText label = Records.orEmpty(classifiedAs.label());
                for (Language language : Language.values()) {
                    addIfPresent(document, terms.get(language), label.get(language));
                }
            }
        }
        addAll(document, SearchFacet.STAGE, codes(codesByTaxonomy, SearchFacet.STAGE));
        addAll(document, SearchFacet.NEED, codes(codesByTaxonomy, SearchFacet.NEED));
        addAll(document, SearchFacet.SIZE, codes(codesByTaxonomy, SearchFacet.SIZE));
        addAll(document, SearchFacet.COST, codes(codesByTaxonomy, SearchFacet.COST));
        addAll(
                document,
                SearchFacet.INDUSTRY,
                hierarchy.industriesServed(codes(codesByTaxonomy, SearchFacet.INDUSTRY)));
        addAll(document, SearchFacet.MARKET, hierarchy.marketsServed(codes(codesByTaxonomy, SearchFacet.MARKET)));

        List<String> areaUris =
                service.areas().stream().map(ServiceArea::areaUri).toList();
        areaUris.forEach(uri -> document.addValue(area, uri));
        addAll(document, SearchFacet.MUNICIPALITY, hierarchy.municipalitiesServed(areaUris));

        Set<String> languages = new LinkedHashSet<>();
        service.languages().forEach(l -> languages.add(l.code().strip().toLowerCase(Locale.ROOT)));
        addAll(document, SearchFacet.LANGUAGE, languages);

        document.addValue(organisation, provider.id().toString());
        document.addValue(status, service.status().hsds());
        document.addValue(inactive, service.status() == ServiceStatus.ACTIVE ? 0 : 1);
    }

    private static List<String> codes(Map<String, List<String>> codesByTaxonomy, SearchFacet facet) {
        return codesByTaxonomy.getOrDefault(facet.taxonomyKey(), List.of());
    }

    private void addAll(DocumentElement document, SearchFacet facet, Collection<String> values) {
        IndexFieldReference<String> field = facets.get(facet);
        new LinkedHashSet<>(values).forEach(value -> document.addValue(field, value));
    }

    private static void addIfPresent(DocumentElement document, IndexFieldReference<String> field, String value) {
        if (value != null) {
            document.addValue(field, value);
        }
    }

    /** Declares the fields and what they are computed from, so that Hibernate Search knows when to reindex. */
    static class Binder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies()
                    .use("name")
                    .use("description")
                    .use("alert")
                    .use("status")
                    .use("areas.areaUri")
                    .use("languages.code")
                    .use("classifications.term")
                    .use("organisation.name");
            context.bridge(
                    ServiceListing.class,
                    new ServiceDocumentBridge(context.indexSchemaElement(), context.typeFactory()));
        }
    }
}
