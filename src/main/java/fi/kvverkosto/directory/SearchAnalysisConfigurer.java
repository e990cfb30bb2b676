package fi.kvverkosto.directory;

import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.fi.FinnishLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.sv.SwedishLightStemFilterFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.core.io.ClassPathResource;

/**
 * The text analysis of the search index, the same for the embedded Lucene backend and for Elasticsearch/OpenSearch, so
 * that switching {@code hibernate.search.backend.type} changes where the index lives but not what a query finds.
 *
 * <p>Finnish splits compounds with a list of word parts before the light stemmer ({@code vientirahoitusta} also
 * yields {@code vienti} and {@code rahoitus}); Swedish does the same with its own list; English removes possessives
 * and applies the Porter stemmer. All three drop their language's stop words. Both backends read the word lists from
 * the same resources; see ADR 5 for the choices and their measured effect.
 */
class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    static final String FINNISH = "kv_fi";
    static final String SWEDISH = "kv_sv";
    static final String ENGLISH = "kv_en";
    static final String SORT = "kv_sort";

    /** Each language's analysis with every term cut to its first {@value #PREFIX_LENGTH} letters. */
    static final String FINNISH_PREFIX = "kv_fi_prefix";

    static final String SWEDISH_PREFIX = "kv_sv_prefix";
    static final String ENGLISH_PREFIX = "kv_en_prefix";

    /**
     * Finnish inflects a word's stem too ("todistus", "todistuksia"; "markkinat", "markkinoille"), which the light
     * stemmer does not always bring together; the first five letters mostly do.
     */
    static final int PREFIX_LENGTH = 5;

    static final String FINNISH_PARTS = "search/fi-compound-parts.txt";
    static final String SWEDISH_PARTS = "search/sv-compound-parts.txt";

    /** Parts shorter than this are not split off: "maa" would match inside far too many words. */
    private static final String MIN_SUBWORD = "4";

    private static final String SNOWBALL = "org/apache/lucene/analysis/snowball/";

    /** The analyzer of a language's prefix fields. */
    static String prefixAnalyzer(Language language) {
        return switch (language) {
            case FI -> FINNISH_PREFIX;
            case SV -> SWEDISH_PREFIX;
            case EN -> ENGLISH_PREFIX;
        };
    }

    /** The analyzer of a language's text fields. */
    static String analyzer(Language language) {
        return switch (language) {
            case FI -> FINNISH;
            case SV -> SWEDISH;
            case EN -> ENGLISH;
        };
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        finnish(context, FINNISH, false);
        finnish(context, FINNISH_PREFIX, true);
        swedish(context, SWEDISH, false);
        swedish(context, SWEDISH_PREFIX, true);
        english(context, ENGLISH, false);
        english(context, ENGLISH_PREFIX, true);
        context.normalizer(SORT).custom().tokenFilter(LowerCaseFilterFactory.class);
    }

    private static void finnish(LuceneAnalysisConfigurationContext context, String name, boolean prefix) {
        var chain = context.analyzer(name)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", SNOWBALL + "finnish_stop.txt")
                .param("format", "snowball")
                .tokenFilter(DictionaryCompoundWordTokenFilterFactory.class)
                .param("dictionary", FINNISH_PARTS)
                .param("minSubwordSize", MIN_SUBWORD)
                .param("onlyLongestMatch", "false")
                .tokenFilter(FinnishLightStemFilterFactory.class);
        finish(chain, prefix);
    }

    private static void swedish(LuceneAnalysisConfigurationContext context, String name, boolean prefix) {
        var chain = context.analyzer(name)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", SNOWBALL + "swedish_stop.txt")
                .param("format", "snowball")
                .tokenFilter(DictionaryCompoundWordTokenFilterFactory.class)
                .param("dictionary", SWEDISH_PARTS)
                .param("minSubwordSize", MIN_SUBWORD)
                .param("onlyLongestMatch", "false")
                .tokenFilter(SwedishLightStemFilterFactory.class);
        finish(chain, prefix);
    }

    private static void english(LuceneAnalysisConfigurationContext context, String name, boolean prefix) {
        var chain = context.analyzer(name)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", SNOWBALL + "english_stop.txt")
                .param("format", "snowball")
                .tokenFilter(PorterStemFilterFactory.class);
        if (prefix) {
            finish(chain, true);
        }
    }

    private static void finish(
            org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep chain,
            boolean prefix) {
        if (prefix) {
            chain.tokenFilter(TruncateTokenFilterFactory.class).param("prefixLength", Integer.toString(PREFIX_LENGTH));
        }
        chain.tokenFilter(RemoveDuplicatesTokenFilterFactory.class);
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("kv_fi_stop").type("stop").param("stopwords", "_finnish_");
        context.tokenFilter("kv_fi_parts")
                .type("dictionary_decompounder")
                .param("word_list", words(FINNISH_PARTS))
                .param("min_subword_size", Integer.parseInt(MIN_SUBWORD))
                .param("only_longest_match", false);
        context.tokenFilter("kv_fi_stem").type("stemmer").param("language", "light_finnish");
        context.analyzer(FINNISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "kv_fi_stop", "kv_fi_parts", "kv_fi_stem", "remove_duplicates");

        context.tokenFilter("kv_sv_stop").type("stop").param("stopwords", "_swedish_");
        context.tokenFilter("kv_sv_parts")
                .type("dictionary_decompounder")
                .param("word_list", words(SWEDISH_PARTS))
                .param("min_subword_size", Integer.parseInt(MIN_SUBWORD))
                .param("only_longest_match", false);
        context.tokenFilter("kv_sv_stem").type("stemmer").param("language", "light_swedish");
        context.analyzer(SWEDISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "kv_sv_stop", "kv_sv_parts", "kv_sv_stem", "remove_duplicates");

        context.tokenFilter("kv_en_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("kv_en_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("kv_en_stem").type("stemmer").param("language", "porter");
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("kv_en_possessive", "lowercase", "kv_en_stop", "kv_en_stem");

        context.tokenFilter("kv_prefix").type("truncate").param("length", PREFIX_LENGTH);
        context.analyzer(FINNISH_PREFIX)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "kv_fi_stop", "kv_fi_parts", "kv_fi_stem", "kv_prefix", "remove_duplicates");
        context.analyzer(SWEDISH_PREFIX)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "kv_sv_stop", "kv_sv_parts", "kv_sv_stem", "kv_prefix", "remove_duplicates");
        context.analyzer(ENGLISH_PREFIX)
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "kv_en_possessive", "lowercase", "kv_en_stop", "kv_en_stem", "kv_prefix", "remove_duplicates");

        context.normalizer(SORT).custom().tokenFilters("lowercase");
    }

    /**
     * The words of a word-part list, without comments and blank lines: Elasticsearch gets them inline so that both
     * backends use the one list kept in the resources.
     */
    static String[] words(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
            return words.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
