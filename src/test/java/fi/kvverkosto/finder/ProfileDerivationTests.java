package fi.kvverkosto.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kvverkosto.directory.AreaRecord;
import fi.kvverkosto.directory.AreaType;
import fi.kvverkosto.directory.TermRecord;
import fi.kvverkosto.directory.TextAnalysis;
import fi.kvverkosto.shared.InvalidParameterException;
import fi.kvverkosto.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileDerivationTests {

    private static final UUID EU = UUID.randomUUID();
    private static final UUID NORDICS = UUID.randomUUID();

    private final ProfileDerivation derivation = new ProfileDerivation(new TextAnalysis());

    private static TermRecord term(String code, UUID parent, String fi, String sv, String en) {
        return new TermRecord(
                UUID.randomUUID(), code, UUID.randomUUID(), parent, LocalizedText.of(fi, sv, en), null, "en", null);
    }

    static Vocabulary vocabulary() {
        List<TermRecord> terms = new ArrayList<>();
        terms.add(term("kv-stage:1", null, "Valmius ja kartoitus", null, "Readiness and exploring"));
        terms.add(term("kv-stage:2", null, "Markkinaselvitys ja suunnittelu", null, "Market research and planning"));
        terms.add(term("kv-stage:x", null, "Läpileikkaava", null, "Cross-cutting"));
        terms.add(term("kv-need:funding", null, "Rahoitus", "Finansiering", "Funding"));
        terms.add(term("kv-need:market-info", null, "Markkinatieto", null, "Market information"));
        terms.add(term("kv-need:digital-sales", null, "Digitaalinen myynti ja markkinointi", null, "Digital sales"));
        terms.add(term(
                "kv-need:risk-management",
                null,
                "Riskienhallinta",
                null,
                "Risk management (credit, currency, political)"));
        terms.add(
                term("kv-need:customs-docs", null, "Tulli ja vientiasiakirjat", null, "Customs and export documents"));
        terms.add(term("industry:C", null, "Teollisuus", null, "Manufacturing"));
        terms.add(term("company-size:small", null, "Pieni yritys", null, "Small enterprise"));
        terms.add(new TermRecord(
                EU, "market:region-eu", UUID.randomUUID(), null, LocalizedText.of("EU", "EU", "EU"), null, "en", null));
        terms.add(new TermRecord(
                NORDICS,
                "market:region-nordics",
                UUID.randomUUID(),
                null,
                LocalizedText.of("Pohjoismaat", null, "Nordics"),
                null,
                "en",
                null));
        terms.add(term("market:DE", EU, "Saksa", "Tyskland", "Germany"));
        terms.add(term("market:SE", NORDICS, "Ruotsi", "Sverige", "Sweden"));
        terms.add(term("market:FR", EU, "Ranska", "Frankrike", "France"));
        terms.add(term("market:IS", NORDICS, "Islanti", "Island", "Iceland"));
        var jamsa = new AreaRecord(
                "urn:fi:stat:kunta:182",
                "182",
                AreaType.MUNICIPALITY,
                LocalizedText.of("Jämsä", "Jämsä", "Jämsä"),
                "urn:fi:stat:maakunta:13",
                "kaupunki",
                null,
                null,
                null);
        return Vocabulary.of(terms, List.of(jamsa));
    }

    private static FinderQuery query(String text, String stage, String path, List<String> needs) {
        return new FinderQuery(text, "182", "c", "SMALL", List.of("de"), stage, path, needs);
    }

    @Test
    void checksAndNormalisesTheAnswers() {
        Profile profile = derivation.derive(query(null, null, null, List.of("funding")), vocabulary());
        assertThat(profile.municipality().code()).isEqualTo("182");
        assertThat(profile.industry().localCode()).isEqualTo("C");
        assertThat(profile.size().localCode()).isEqualTo("small");
        assertThat(profile.markets()).containsExactly("DE");
        assertThat(profile.needs()).containsExactly("funding");
        assertThat(profile.stage()).isNull();
        assertThat(profile.stageSource()).isEqualTo(Profile.StageSource.NONE);
    }

    @Test
    void takesTheStageFromThePathWhenNoneIsChosenAndTheChosenStageOtherwise() {
        assertThat(derivation.derive(query(null, null, "none", List.of()), vocabulary()))
                .extracting(Profile::stage, Profile::stageSource)
                .containsExactly("1", Profile.StageSource.PATH);
        assertThat(derivation.derive(query(null, "2", "none", List.of()), vocabulary()))
                .extracting(Profile::stage, Profile::stageSource)
                .containsExactly("2", Profile.StageSource.GIVEN);
    }

    @Test
    void readsThePlaceOnTheInternationalPathFromTheWordsWhenNeitherStageNorPathIsGiven() {
        Profile first = derivation.derive(
                query("Mistä kannattaa aloittaa, kun mietimme ensimmäistä kertaa vientiä?", null, null, List.of()),
                vocabulary());
        assertThat(first)
                .extracting(Profile::stage, Profile::stageSource, Profile::pathWords)
                .containsExactly("1", Profile.StageSource.WORDS, "Mistä kannattaa aloittaa");
        assertThat(ProfileDerivation.pathInWords("Emme vielä vie mitään"))
                .isEqualTo(new ProfileDerivation.PathWords(InternationalPath.NONE, "vielä vie"));
        assertThat(ProfileDerivation.pathInWords("We already export to Sweden").path())
                .isEqualTo(InternationalPath.REGULAR);
        assertThat(ProfileDerivation.pathInWords("Vi har ett dotterbolag i Tyskland")
                        .path())
                .isEqualTo(InternationalPath.ESTABLISHED);
        assertThat(ProfileDerivation.pathInWords("Tytäryhtiön perustaminen Saksaan")
                        .words())
                .isEqualTo("Tytäryhtiön");
        // The longer phrase wins over the one inside it: first export sales are occasional export, not none.
        assertThat(ProfileDerivation.pathInWords("We made our first export sales last year")
                        .path())
                .isEqualTo(InternationalPath.OCCASIONAL);
        // Phrases pointing to different places tell nothing; nor do words that name no place.
        assertThat(ProfileDerivation.pathInWords("Viemme jo Ruotsiin ja tytäryhtiö on Virossa"))
                .isNull();
        assertThat(ProfileDerivation.pathInWords("Tarvitsisimme rahoitusta Saksan markkinoille laajentumiseen"))
                .isNull();
        // The words of the phrase must come one after another.
        assertThat(ProfileDerivation.pathInWords("ensimmäinen kauppa ja vienti"))
                .isNull();
        // A stage or a path the company gave comes first.
        assertThat(derivation.derive(query("emme vielä vie", "2", null, List.of()), vocabulary()))
                .extracting(Profile::stage, Profile::stageSource, Profile::pathWords)
                .containsExactly("2", Profile.StageSource.GIVEN, null);
        assertThat(derivation.derive(query("emme vielä vie", null, "regular", List.of()), vocabulary()))
                .extracting(Profile::stage, Profile::stageSource)
                .containsExactly("4", Profile.StageSource.PATH);
    }

    @Test
    void readsThePhrasesOfThePathWordsFileAndRefusesALineThatIsNone() {
        var phrases = ProfileDerivation.pathPhrases("# comment\n\nnone: vielä vie*\nestablished: Subsidiar*\n");
        assertThat(phrases)
                .containsExactly(
                        new ProfileDerivation.PathPhrase(InternationalPath.NONE, List.of("vielä", "vie*")),
                        new ProfileDerivation.PathPhrase(InternationalPath.ESTABLISHED, List.of("subsidiar*")));
        assertThatThrownBy(() -> ProfileDerivation.pathPhrases("sometimes: we export"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ProfileDerivation.pathPhrases("none")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void derivesNeedsFromWholeWordsOfTheirNamesInAnyLanguage() {
        Profile finnish = derivation.derive(query("tarvitsemme rahoitusta", null, null, List.of()), vocabulary());
        assertThat(finnish.derivedNeeds()).containsExactly(new Profile.DerivedNeed("funding", "rahoitusta"));
        Profile swedish = derivation.derive(query("finansiering till Tyskland", null, null, List.of()), vocabulary());
        assertThat(swedish.derivedNeeds()).extracting(Profile.DerivedNeed::need).containsExactly("funding");
        // "vientiä" is only a part of "vientiasiakirjat": no need follows from it.
        Profile partOnly = derivation.derive(query("aloitamme vientiä", null, null, List.of()), vocabulary());
        assertThat(partOnly.derivedNeeds()).isEmpty();
        // A compound name said in its parts.
        Profile parts =
                derivation.derive(query("Tarvitsemme tietoa Kiinan markkinoista", null, null, List.of()), vocabulary());
        assertThat(parts.derivedNeeds()).containsExactly(new Profile.DerivedNeed("market-info", "tietoa markkinoista"));
        // One word holding all the parts the analysis cuts a name's word into is not that word: "markkinoille" (to
        // the markets) does not name "markkinointi" (marketing), cut into "mark" and "markino".
        Profile markets = derivation.derive(
                query("Tarvitsisimme rahoitusta Saksan markkinoille", null, null, List.of()), vocabulary());
        assertThat(markets.derivedNeeds()).extracting(Profile.DerivedNeed::need).containsExactly("funding");
        // A word of the field itself names no need: "export" is a word of "Customs and export documents".
        Profile field = derivation.derive(query("export plans for our exports", null, null, List.of()), vocabulary());
        assertThat(field.derivedNeeds()).isEmpty();
        Profile documents =
                derivation.derive(query("customs documents for Norway", null, null, List.of()), vocabulary());
        assertThat(documents.derivedNeeds())
                .extracting(Profile.DerivedNeed::need)
                .containsExactly("customs-docs");
        // A job title names no need: neither "sales" in "sales manager" nor "manager", which the English analysis
        // makes one word with "management"; the need's own words still name it.
        Profile title = derivation.derive(
                query("Our sales manager needs a visa for a trip to China", null, null, List.of()), vocabulary());
        assertThat(title.derivedNeeds()).isEmpty();
        Profile risk = derivation.derive(query("risk management for sales", null, null, List.of()), vocabulary());
        assertThat(risk.derivedNeeds())
                .extracting(Profile.DerivedNeed::need)
                .containsExactlyInAnyOrder("risk-management", "digital-sales");
        // The words a name holds in brackets qualify it and name no need: "credit" of "Risk management (credit,
        // currency, political)", which the Finnish and Swedish names do not hold, and "export credit" is funding.
        Profile credit = derivation.derive(query("export credit guarantee", null, null, List.of()), vocabulary());
        assertThat(credit.derivedNeeds()).isEmpty();
        // A need already chosen is not derived again.
        Profile chosen = derivation.derive(query("rahoitusta", null, null, List.of("funding")), vocabulary());
        assertThat(chosen.derivedNeeds()).isEmpty();
    }

    @Test
    void readsTheMarketsTheWordsNameInAnyLanguageAndInflection() {
        var vocabulary = vocabulary();
        var noMarkets = new FinderQuery(
                "Tarvitsemme rahoitusta Ruotsin markkinoille", null, null, null, List.of(), null, null, null);
        assertThat(derivation.derive(noMarkets, vocabulary).derivedMarkets())
                .containsExactly(new Profile.NamedMarket("SE", "Ruotsin"));
        assertThat(derivation.namedMarkets("vi säljer till Sverige och Tyskland", vocabulary))
                .extracting(Profile.NamedMarket::market)
                .containsExactlyInAnyOrder("SE", "DE");
        assertThat(derivation.namedMarkets("expanding to Germany", vocabulary))
                .containsExactly(new Profile.NamedMarket("DE", "Germany"));
        assertThat(derivation.namedMarkets("viemme Ruotsiin", vocabulary))
                .extracting(Profile.NamedMarket::market)
                .containsExactly("SE");
        // An English or Swedish name by its stem, not by its first letters; a compound is not a case ending.
        assertThat(derivation.namedMarkets("a franchise concept", vocabulary)).isEmpty();
        assertThat(derivation.namedMarkets("saksankielisille asiakkaille", vocabulary))
                .isEmpty();
        assertThat(derivation.namedMarkets("Saksassa ja Saksaan", vocabulary))
                .extracting(Profile.NamedMarket::market)
                .containsExactly("DE");
        // A short name only as a word of its own; a country's name from the locale when the label lacks it.
        assertThat(derivation.namedMarkets("euromääräinen laina", vocabulary)).isEmpty();
        assertThat(derivation.namedMarkets("EU:n markkinat", vocabulary))
                .extracting(Profile.NamedMarket::market)
                .containsExactly("region-eu");
        assertThat(derivation.namedMarkets("försäljning i Sverige", vocabulary))
                .extracting(Profile.NamedMarket::market)
                .containsExactly("SE");
        // A market the company chose is named but not derived again.
        var chosen = derivation.derive(query("Saksan markkinoille", null, null, List.of()), vocabulary);
        assertThat(chosen.namedMarkets()).containsExactly(new Profile.NamedMarket("DE", "Saksan"));
        assertThat(chosen.derivedMarkets()).isEmpty();
    }

    @Test
    void readsOnlyTheNamesInTheLanguageTheStopWordsOfTheTextShow() {
        var vocabulary = vocabulary();
        // Swedish "Island" is Iceland, and Finnish "Islanti" begins with "islan"; in English "island" is a word. The
        // text's stop words tell its language, and only that language's names are read.
        assertThat(derivation.namedMarkets("we run an island resort in the archipelago", vocabulary))
                .isEmpty();
        assertThat(derivation.namedMarkets("vi vill sälja till Island och Sverige", vocabulary))
                .extracting(Profile.NamedMarket::market)
                .containsExactlyInAnyOrder("IS", "SE");
        assertThat(derivation.namedMarkets("we sell to Iceland", vocabulary))
                .containsExactly(new Profile.NamedMarket("IS", "Iceland"));
        assertThat(derivation.namedMarkets("viemme Islantiin", vocabulary))
                .containsExactly(new Profile.NamedMarket("IS", "Islantiin"));
    }

    @Test
    void readsAMunicipalityOfTheRegionTheWordsNameAsAPreference() {
        var vocabulary = vocabulary();
        var named = derivation.derive(
                new FinderQuery("Toimimme Jämsässä", null, null, null, List.of(), null, null, null), vocabulary);
        assertThat(named.municipality()).isNull();
        assertThat(named.place().code()).isEqualTo("182");
        assertThat(named.namedMunicipality().word()).isEqualTo("Jämsässä");
        assertThat(ProfileDerivation.namedMunicipality("Toimimme Kuopiossa", vocabulary))
                .isNull();
    }

    @Test
    void namesTheParameterOfAnUnknownValue() {
        var vocabulary = vocabulary();
        assertThatThrownBy(() ->
                        derivation.derive(new FinderQuery(null, "999", null, null, null, null, null, null), vocabulary))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter())
                .isEqualTo("municipality");
        assertThatThrownBy(() -> derivation.derive(
                        new FinderQuery(null, null, null, null, List.of("QQ"), null, null, null), vocabulary))
                .extracting(e -> ((InvalidParameterException) e).parameter())
                .isEqualTo("markets");
        assertThatThrownBy(() ->
                        derivation.derive(new FinderQuery(null, null, null, null, null, "7", null, null), vocabulary))
                .extracting(e -> ((InvalidParameterException) e).parameter())
                .isEqualTo("stage");
    }

    @Test
    void acceptsAnyCountryAsAMarketAndCountsEuServicesForMemberStates() {
        var vocabulary = vocabulary();
        assertThat(vocabulary.isMarket("SA")).isTrue();
        assertThat(vocabulary.isMarket("region-eu")).isTrue();
        assertThat(vocabulary.isMarket("QQ")).isFalse();
        assertThat(vocabulary.serves(Set.of("region-eu"), "DE")).isTrue();
        // Sweden lies under the Nordics in the taxonomy but is an EU member state all the same.
        assertThat(vocabulary.serves(Set.of("region-eu"), "SE")).isTrue();
        assertThat(vocabulary.serves(Set.of("DE"), "region-eu")).isTrue();
        assertThat(vocabulary.serves(Set.of("DE"), "SE")).isFalse();
    }
}
