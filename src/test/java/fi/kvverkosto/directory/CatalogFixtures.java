package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small catalogue for tests: six taxonomies with a few terms each, three organisations and five services (one
 * inactive, one only for Jämsä, one only for Germany and manufacturing). Ids are fixed so that tests can name them.
 */
public final class CatalogFixtures {

    public static final UUID TAXONOMY_KV_STAGE = UUID.fromString("ba17e145-c29a-4d05-9c9a-6afa60a6b803");
    public static final UUID TAXONOMY_KV_NEED = UUID.fromString("0db8c885-b4d7-482e-9ab2-cafe2d50f41c");
    public static final UUID TAXONOMY_INDUSTRY = UUID.fromString("1aba2354-d663-4976-80d4-08961ad95119");
    public static final UUID TAXONOMY_MARKET = UUID.fromString("65222f4c-95a3-416a-a8e3-7590265ad037");
    public static final UUID TAXONOMY_COMPANY_SIZE = UUID.fromString("86139a10-4271-49fd-a062-84158bdd5a46");
    public static final UUID TAXONOMY_COST = UUID.fromString("a1423220-106e-46a1-8eea-e222f781fa2f");
    public static final UUID TAXONOMY_PROVIDER_TYPE = UUID.fromString("011be718-cb18-441e-9a39-758c99a80721");
    public static final UUID KV_STAGE_1 = UUID.fromString("65b98438-b277-466a-b970-9220d4117e9a");
    public static final UUID KV_STAGE_3 = UUID.fromString("75dbcb55-6bb4-4aad-81ab-a885160b3622");
    public static final UUID KV_STAGE_4 = UUID.fromString("cef060db-10cf-4628-9fcf-302f76008ad7");
    public static final UUID KV_NEED_FUNDING = UUID.fromString("28425fe8-bdd8-4f50-a7e9-391801cbbd7e");
    public static final UUID KV_NEED_ADVISORY = UUID.fromString("5217e4f8-74b9-47c4-ad64-1749b49c1929");
    public static final UUID KV_NEED_CUSTOMS_DOCS = UUID.fromString("5305050e-6f60-440b-9c11-a545139689eb");
    public static final UUID KV_NEED_PARTNER_SEARCH = UUID.fromString("d58cf6d7-6c93-4964-81db-a1ec805f90ea");
    public static final UUID INDUSTRY_C = UUID.fromString("1833e33e-163a-4eb5-976f-ed743995f655");
    public static final UUID INDUSTRY_J = UUID.fromString("83c4feaa-ba8d-45da-b12a-25c711c7f315");
    public static final UUID MARKET_REGION_EU = UUID.fromString("fee6361f-74aa-48e4-a420-a5faac445511");
    public static final UUID MARKET_DE = UUID.fromString("bf4d188c-a52e-4d58-8cb0-64032f986845");
    public static final UUID MARKET_REGION_NORDICS = UUID.fromString("5845678e-9576-4f56-b188-11801d1cb2fb");
    public static final UUID MARKET_SE = UUID.fromString("c8395fa8-e532-44c3-b88e-dc33c8fcd037");
    public static final UUID COMPANY_SIZE_MICRO = UUID.fromString("99f2e647-45da-4676-9b4f-481ecf289204");
    public static final UUID COMPANY_SIZE_SMALL = UUID.fromString("63c072d5-e3e1-4836-84e5-77d3f93203a2");
    public static final UUID COMPANY_SIZE_MEDIUM = UUID.fromString("5f393ed1-e053-45e0-a215-844a703b6ae8");
    public static final UUID COST_FREE = UUID.fromString("6c59b889-2b6e-4440-b830-bc5121a56077");
    public static final UUID COST_PAID = UUID.fromString("3dd2db1a-06be-4c3e-9c87-5f3b186e26ec");
    public static final UUID PROVIDER_TYPE_CHAMBER_ASSOCIATION =
            UUID.fromString("5a49de51-ff02-4b79-89d2-c6e79df6eabd");
    public static final UUID PROVIDER_TYPE_PUBLIC_FUNDER = UUID.fromString("0b4a17ae-64e6-4719-bdde-509aa0592dfa");
    public static final UUID PROVIDER_TYPE_MUNICIPAL = UUID.fromString("9ecdbe19-6d90-4510-8a1e-da881a7a64a8");
    public static final UUID ORG_CHAMBER = UUID.fromString("6345d0a1-0e24-4ebf-baa7-8a03eb9ac001");
    public static final UUID ORG_FINNVERA = UUID.fromString("79bda9c6-00b7-432e-aa66-f5936eb4c38c");
    public static final UUID ORG_JAMSA = UUID.fromString("4d895f28-447f-430e-b7d0-0ccd1006cfd6");
    public static final UUID SERVICE_EXPORT_GUARANTEE = UUID.fromString("baac3a34-0e19-4f93-9306-e9ddd90e8feb");
    public static final UUID SERVICE_CERTIFICATE_OF_ORIGIN = UUID.fromString("7871ad19-4cc0-4f4b-a86e-2a79592e0992");
    public static final UUID SERVICE_JAMSA_ADVICE = UUID.fromString("3556ee87-6cca-421a-99a1-c80fb0f4dd3a");
    public static final UUID SERVICE_GERMANY_PROGRAMME = UUID.fromString("267cbcdc-3bdb-4cd3-b1b2-018ae1b2f75b");
    public static final UUID SERVICE_CLOSED_FUND = UUID.fromString("b4f24acc-9b03-4dd0-a651-ea440f2c3e11");

    public static final String AREA_REGION = "urn:fi:stat:maakunta:13";
    public static final String AREA_FINLAND = "urn:iso:3166-1:FI";
    public static final String AREA_JAMSA = "urn:fi:stat:kunta:182";

    static final Instant MODIFIED = Instant.parse("2026-11-01T10:00:00Z");

    private CatalogFixtures() {}

    /** The whole small catalogue. */
    public static CatalogSnapshot aSmallCatalogue() {
        return new CatalogSnapshot(List.of(), taxonomies(), terms(), organisations(), services());
    }

    public static List<TaxonomyRecord> taxonomies() {
        return List.of(
                new TaxonomyRecord(
                        TAXONOMY_KV_STAGE,
                        "kv-stage",
                        "KV stage",
                        "KV stage – kuvaus. Taxonomy key: kv-stage.",
                        "1.0",
                        null),
                new TaxonomyRecord(
                        TAXONOMY_KV_NEED,
                        "kv-need",
                        "KV need",
                        "KV need – kuvaus. Taxonomy key: kv-need.",
                        "1.0",
                        null),
                new TaxonomyRecord(
                        TAXONOMY_INDUSTRY,
                        "industry",
                        "Industry",
                        "Industry – kuvaus. Taxonomy key: industry.",
                        "1.0",
                        null),
                new TaxonomyRecord(
                        TAXONOMY_MARKET, "market", "Market", "Market – kuvaus. Taxonomy key: market.", "1.0", null),
                new TaxonomyRecord(
                        TAXONOMY_COMPANY_SIZE,
                        "company-size",
                        "Company size",
                        "Company size – kuvaus. Taxonomy key: company-size.",
                        "1.0",
                        null),
                new TaxonomyRecord(
                        TAXONOMY_COST, "cost", "Cost model", "Cost model – kuvaus. Taxonomy key: cost.", "1.0", null),
                new TaxonomyRecord(
                        TAXONOMY_PROVIDER_TYPE,
                        "provider-type",
                        "Provider type",
                        "Provider type – kuvaus. Taxonomy key: provider-type.",
                        "1.0",
                        null));
    }

    public static List<TermRecord> terms() {
        return List.of(
                term(
                        KV_STAGE_1,
                        "kv-stage:1",
                        TAXONOMY_KV_STAGE,
                        null,
                        LocalizedText.of("Valmius ja kartoitus", null, "Readiness and exploring"),
                        LocalizedText.of("Yritys arvioi valmiuksiaan.", null, null)),
                term(
                        KV_STAGE_3,
                        "kv-stage:3",
                        TAXONOMY_KV_STAGE,
                        null,
                        LocalizedText.of("Rahoitus", null, "Financing"),
                        LocalizedText.of("Kansainvälistymisen rahoitus.", null, null)),
                term(
                        KV_STAGE_4,
                        "kv-stage:4",
                        TAXONOMY_KV_STAGE,
                        null,
                        LocalizedText.of("Markkinoille meno", null, "Market entry"),
                        LocalizedText.of("Vienti ja ensimmäiset kaupat.", null, null)),
                term(
                        KV_NEED_FUNDING,
                        "kv-need:funding",
                        TAXONOMY_KV_NEED,
                        null,
                        LocalizedText.of("Rahoitus", null, "Funding"),
                        LocalizedText.of("Lainat, takaukset ja avustukset.", null, null)),
                term(
                        KV_NEED_ADVISORY,
                        "kv-need:advisory",
                        TAXONOMY_KV_NEED,
                        null,
                        LocalizedText.of("Neuvonta", null, "Advisory"),
                        LocalizedText.of("Henkilökohtainen neuvonta.", null, null)),
                term(
                        KV_NEED_CUSTOMS_DOCS,
                        "kv-need:customs-docs",
                        TAXONOMY_KV_NEED,
                        null,
                        LocalizedText.of("Tulli ja vientiasiakirjat", null, "Customs and export documents"),
                        LocalizedText.of("Alkuperätodistukset ja tulli.", null, null)),
                term(
                        KV_NEED_PARTNER_SEARCH,
                        "kv-need:partner-search",
                        TAXONOMY_KV_NEED,
                        null,
                        LocalizedText.of("Kumppanihaku", null, "Partner search"),
                        LocalizedText.of("Jakelijat ja kumppanit.", null, null)),
                term(
                        INDUSTRY_C,
                        "industry:C",
                        TAXONOMY_INDUSTRY,
                        null,
                        LocalizedText.of("Teollisuus", null, "Manufacturing"),
                        LocalizedText.of(null, null, null)),
                term(
                        INDUSTRY_J,
                        "industry:J",
                        TAXONOMY_INDUSTRY,
                        null,
                        LocalizedText.of("Informaatio ja viestintä", null, "Information and communication"),
                        LocalizedText.of(null, null, null)),
                term(
                        MARKET_REGION_EU,
                        "market:region-eu",
                        TAXONOMY_MARKET,
                        null,
                        LocalizedText.of("Euroopan unioni", null, "European Union"),
                        LocalizedText.of(null, null, null)),
                term(
                        MARKET_DE,
                        "market:DE",
                        TAXONOMY_MARKET,
                        MARKET_REGION_EU,
                        LocalizedText.of("Saksa", null, "Germany"),
                        LocalizedText.of(null, null, null)),
                term(
                        MARKET_REGION_NORDICS,
                        "market:region-nordics",
                        TAXONOMY_MARKET,
                        null,
                        LocalizedText.of("Pohjoismaat", null, "Nordic countries"),
                        LocalizedText.of(null, null, null)),
                term(
                        MARKET_SE,
                        "market:SE",
                        TAXONOMY_MARKET,
                        MARKET_REGION_NORDICS,
                        LocalizedText.of("Ruotsi", null, "Sweden"),
                        LocalizedText.of(null, null, null)),
                term(
                        COMPANY_SIZE_MICRO,
                        "company-size:micro",
                        TAXONOMY_COMPANY_SIZE,
                        null,
                        LocalizedText.of("Mikroyritys", null, "Micro company"),
                        LocalizedText.of(null, null, null)),
                term(
                        COMPANY_SIZE_SMALL,
                        "company-size:small",
                        TAXONOMY_COMPANY_SIZE,
                        null,
                        LocalizedText.of("Pieni yritys", null, "Small company"),
                        LocalizedText.of(null, null, null)),
                term(
                        COMPANY_SIZE_MEDIUM,
                        "company-size:medium",
                        TAXONOMY_COMPANY_SIZE,
                        null,
                        LocalizedText.of("Keskisuuri yritys", null, "Medium-sized company"),
                        LocalizedText.of(null, null, null)),
                term(
                        COST_FREE,
                        "cost:free",
                        TAXONOMY_COST,
                        null,
                        LocalizedText.of("Maksuton", null, "Free"),
                        LocalizedText.of(null, null, null)),
                term(
                        COST_PAID,
                        "cost:paid",
                        TAXONOMY_COST,
                        null,
                        LocalizedText.of("Maksullinen", null, "Paid"),
                        LocalizedText.of(null, null, null)),
                term(
                        PROVIDER_TYPE_CHAMBER_ASSOCIATION,
                        "provider-type:chamber-association",
                        TAXONOMY_PROVIDER_TYPE,
                        null,
                        LocalizedText.of("Kauppakamari", null, "Chamber of commerce"),
                        LocalizedText.of(null, null, null)),
                term(
                        PROVIDER_TYPE_PUBLIC_FUNDER,
                        "provider-type:public-funder",
                        TAXONOMY_PROVIDER_TYPE,
                        null,
                        LocalizedText.of("Julkinen rahoittaja", null, "Public funder"),
                        LocalizedText.of(null, null, null)),
                term(
                        PROVIDER_TYPE_MUNICIPAL,
                        "provider-type:municipal",
                        TAXONOMY_PROVIDER_TYPE,
                        null,
                        LocalizedText.of("Kunta", null, "Municipality"),
                        LocalizedText.of(null, null, null)));
    }

    public static List<OrganisationRecord> organisations() {
        return List.of(
                organisation(
                        ORG_CHAMBER,
                        LocalizedText.of("Keski-Suomen kauppakamari", null, "Central Finland Chamber of Commerce"),
                        LocalizedText.of(
                                "Alueen elinkeinoelämän etujärjestö.", null, "Regional business organisation."),
                        PROVIDER_TYPE_CHAMBER_ASSOCIATION),
                organisation(
                        ORG_FINNVERA,
                        LocalizedText.of("Finnvera", null, "Finnvera"),
                        LocalizedText.of("Valtion erityisrahoittaja.", null, "State-owned specialised financier."),
                        PROVIDER_TYPE_PUBLIC_FUNDER),
                organisation(
                        ORG_JAMSA,
                        LocalizedText.of("Jämsän kaupungin elinkeinopalvelut", null, "Business services of Jämsä"),
                        LocalizedText.of("Jämsän yrityspalvelut.", null, null),
                        PROVIDER_TYPE_MUNICIPAL));
    }

    public static List<ServiceRecord> services() {
        return List.of(
                service(SERVICE_EXPORT_GUARANTEE, ORG_FINNVERA)
                        .name("Vientitakaus", "Exportgaranti", "Export credit guarantee")
                        .description(
                                "Finnvera takaa viejän rahoittajalle vientikaupan luoton, jotta vientirahoitusta saa helpommin.",
                                null,
                                "Finnvera guarantees the exporter's financing so that export financing is easier to get.")
                        .area(AREA_FINLAND)
                        .terms(KV_STAGE_3, KV_NEED_FUNDING, COMPANY_SIZE_SMALL, COMPANY_SIZE_MEDIUM, COST_PAID)
                        .build(),
                service(SERVICE_CERTIFICATE_OF_ORIGIN, ORG_CHAMBER)
                        .name("Alkuperätodistus", "Ursprungsintyg", "Certificate of origin")
                        .description(
                                "Kauppakamari vahvistaa tavaran alkuperän vientiä varten.",
                                "Handelskammaren intygar varans ursprung för export.",
                                "The chamber certifies the origin of goods for export.")
                        .area(AREA_REGION)
                        .terms(
                                KV_STAGE_4,
                                KV_NEED_CUSTOMS_DOCS,
                                COMPANY_SIZE_MICRO,
                                COMPANY_SIZE_SMALL,
                                COMPANY_SIZE_MEDIUM,
                                COST_PAID)
                        .build(),
                service(SERVICE_JAMSA_ADVICE, ORG_JAMSA)
                        .name("Yritysneuvonta Jämsässä", null, null)
                        .description(
                                "Jämsän elinkeinopalvelut neuvovat yrityksiä maksutta kasvun ja viennin alussa.",
                                null,
                                null)
                        .area(AREA_JAMSA)
                        .terms(KV_STAGE_1, KV_NEED_ADVISORY, COMPANY_SIZE_MICRO, COMPANY_SIZE_SMALL, COST_FREE)
                        .build(),
                service(SERVICE_GERMANY_PROGRAMME, ORG_CHAMBER)
                        .name("Saksan markkinoille -ohjelma", null, "Germany market entry programme")
                        .description(
                                "Valmennus ja kumppanihaku teollisuusyrityksille, jotka haluavat Saksan markkinoille.",
                                null,
                                "Coaching and partner search for manufacturers entering the German market.")
                        .area(AREA_REGION)
                        .terms(KV_STAGE_4, KV_NEED_PARTNER_SEARCH, INDUSTRY_C, MARKET_DE, COMPANY_SIZE_SMALL, COST_PAID)
                        .build(),
                service(SERVICE_CLOSED_FUND, ORG_FINNVERA)
                        .name("Lakkautettu kasvurahasto", null, "Discontinued growth fund")
                        .description("Rahasto ei enää ota hakemuksia.", null, "The fund no longer takes applications.")
                        .status(
                                ServiceStatus.INACTIVE,
                                LocalizedText.of("Haku on päättynyt.", null, "Applications closed."))
                        .area(AREA_FINLAND)
                        .terms(KV_STAGE_3, KV_NEED_FUNDING, COMPANY_SIZE_SMALL, COST_FREE)
                        .build());
    }

    static TermRecord term(
            UUID id, String code, UUID taxonomyId, UUID parentId, LocalizedText label, LocalizedText definition) {
        return new TermRecord(id, code, taxonomyId, parentId, label, definition, "en", null);
    }

    static OrganisationRecord organisation(UUID id, LocalizedText name, LocalizedText description, UUID providerType) {
        return new OrganisationRecord(
                id,
                name,
                description,
                "https://example.org/" + id,
                null,
                null,
                List.of(new ClassificationRecord(derived(id, providerType), providerType)),
                false,
                MODIFIED);
    }

    public static ServiceBuilder service(UUID id, UUID organisationId) {
        return new ServiceBuilder(id, organisationId);
    }

    /** A stable id for a child record, derived from its parent and what it points to. */
    static UUID derived(UUID parent, Object part) {
        return UUID.nameUUIDFromBytes((parent + "/" + part).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Builds a service record with sensible defaults: active, in Finnish, free of alerts. */
    public static final class ServiceBuilder {
        private final UUID id;
        private final UUID organisationId;
        private LocalizedText name = LocalizedText.finnish("Palvelu");
        private LocalizedText description = LocalizedText.EMPTY;
        private ServiceStatus status = ServiceStatus.ACTIVE;
        private LocalizedText alert = LocalizedText.EMPTY;
        private final List<ServiceRecord.AreaEntry> areas = new ArrayList<>();
        private final List<ClassificationRecord> classifications = new ArrayList<>();

        ServiceBuilder(UUID id, UUID organisationId) {
            this.id = id;
            this.organisationId = organisationId;
        }

        public ServiceBuilder name(String fi, String sv, String en) {
            this.name = LocalizedText.of(fi, sv, en);
            return this;
        }

        public ServiceBuilder description(String fi, String sv, String en) {
            this.description = LocalizedText.of(fi, sv, en);
            return this;
        }

        public ServiceBuilder status(ServiceStatus status, LocalizedText alert) {
            this.status = status;
            this.alert = alert;
            return this;
        }

        public ServiceBuilder area(String uri) {
            areas.add(new ServiceRecord.AreaEntry(derived(id, uri), uri, null, null));
            return this;
        }

        public ServiceBuilder terms(UUID... termIds) {
            for (UUID termId : termIds) {
                classifications.add(new ClassificationRecord(derived(id, termId), termId));
            }
            return this;
        }

        public ServiceRecord build() {
            return new ServiceRecord(
                    id,
                    organisationId,
                    name,
                    description,
                    "https://example.org/services/" + id,
                    null,
                    status,
                    alert,
                    LocalizedText.EMPTY,
                    LocalizedText.EMPTY,
                    LocalDate.of(2026, 11, 1),
                    MODIFIED,
                    areas,
                    List.of(new ServiceRecord.LanguageEntry(derived(id, "fi"), "fi", "suomi")),
                    List.of(new ServiceRecord.CostEntry(
                            derived(id, "cost"), LocalizedText.finnish("Katso hinnat"), "EUR", BigDecimal.ZERO, null)),
                    List.of(),
                    classifications,
                    null);
        }
    }
}
