package fi.kvverkosto.contacts;

import fi.kvverkosto.shared.HibernateSettings;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Maps companies onto the index {@value Company#INDEX} in code, like the directory's services, rather than with
 * annotations: the mapping then exists only where the application configures Hibernate Search (with the directory's
 * analyser {@code kv_all}, its Finnish, Swedish and English analyses stacked, and normaliser {@code kv_sort}), and not
 * in the metamodel
 * Spring AOT builds at packaging time, which has no analysers. Every value is a public one (see {@link Company}).
 */
class ContactSearchMapping implements HibernateOrmSearchMappingConfigurer {

    static final String MAPPING_CONFIGURER = "hibernate.search.mapping.configurer";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var company = context.programmaticMapping().type(Company.class);
        company.indexed().index(Company.INDEX).routingBinder(new ActiveCompanyRouting.Binder());
        company.property("id").documentId();
        // Finnish, Swedish and English analyses stacked in one field: a word is one query, not one per language.
        company.property("publicText")
                .fullTextField(ContactSearch.TEXT_FIELD)
                .analyzer("kv_all")
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.NO);
        company.property("sortName")
                .keywordField("sort_name")
                .normalizer("kv_sort")
                .sortable(Sortable.YES)
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.NO);
        keyword(company, "publicMunicipality", "municipality");
        keyword(company, "publicIndustry", "industry");
        keyword(company, "publicMarkets", "market");
        keyword(company, "publicModes", "mode");
        company.property("publicMarketModes")
                .keywordField("market_mode")
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.NO);
        // The municipality's centre, for "near Jämsä" (MunicipalityCentres): a spatial filter over the index.
        company.property("publicLocation")
                .genericField("location")
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.NO);
        company.property("publicOfferUntil")
                .genericField("offer_until")
                .aggregable(Aggregable.YES)
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.NO);
        company.property("publicSeekUntil")
                .genericField("seek_until")
                .aggregable(Aggregable.YES)
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.NO);
        // Stored, not searched: a page of results is read from the index (CompanyCard), not from the database.
        company.property("publicCard")
                .genericField("card")
                .projectable(Projectable.YES)
                .searchable(Searchable.NO)
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.NO);
        // For suggestions (Matching): peers in order of experience, co-innovation candidates by market and word.
        company.property("earliestSince")
                .genericField("earliest_since")
                .sortable(Sortable.YES)
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.NO);
        for (var entry : java.util.Map.of(
                        "publicOfferMarkets", "offer_market",
                        "publicSeekMarkets", "seek_market",
                        "publicOfferWords", "offer_word",
                        "publicSeekWords", "seek_word")
                .entrySet()) {
            company.property(entry.getKey())
                    .keywordField(entry.getValue())
                    .indexingDependency()
                    .reindexOnUpdate(ReindexOnUpdate.NO);
        }
    }

    private static void keyword(
            org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep company,
            String property,
            String field) {
        company.property(property)
                .keywordField(field)
                .aggregable(Aggregable.YES)
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.NO);
    }

    /** Adds this mapping beside any other module's (the directory's), whichever customiser runs first. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        HibernatePropertiesCustomizer contactSearchMapping() {
            return properties ->
                    HibernateSettings.addToList(properties, MAPPING_CONFIGURER, new ContactSearchMapping());
        }
    }
}
