package fi.kvverkosto.directory;

import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.fi.FinnishLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.sv.SwedishLightStemFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.springframework.core.io.ClassPathResource;

/**
 * The text analysis of the search index, the same for the embedded Lucene backend and for Elasticsearch/OpenSearch, so
 * that switching {@code hibernate.search.backend.type} changes where the index lives but not what a query finds.
 *
 * <p>Finnish splits compounds with a list of word parts before the light stemmer ({@code vientirahoitusta} also
 * yields {@code vienti} and {@code rahoitus}); Swedish does the same with its own list; English removes possessives
 * and applies the Porter stemmer. All three drop their language's stop words. Both backends read the word lists from
 * the same resources; see ADR 5 for the choices and their measured effect.
 *
 * <p>{@value #ALL} is the three at once in one field, their tokens stacked at each word's position (on Lucene
 * {@link StackedAnalyzer}, on Elasticsearch its {@code multiplexer} filter): the companies' index searches one field
 * instead of three (ADR 10).
 */
class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    static final String FINNISH = "kv_fi";
    static final String SWEDISH = "kv_sv";
    static final String ENGLISH = "kv_en";
    static final String SORT = "kv_sort";

    /** Finnish, Swedish and English stacked in one field. */
    static final String ALL = "kv_all";

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
        for (var language : Language.values()) {
            custom(context, analyzer(language), chain(language, false));
            custom(context, prefixAnalyzer(language), chain(language, true));
        }
        context.analyzer(ALL)
                .instance(new StackedAnalyzer(Stream.of(Language.values())
                        .map(language -> build(chain(language, false)))
                        .toList()));
        context.normalizer(SORT).custom().tokenFilter(LowerCaseFilterFactory.class);
    }

    /** A token filter of an analysis chain, with its parameters. */
    record Filter(Class<? extends TokenFilterFactory> factory, Map<String, String> params) {

        Filter(Class<? extends TokenFilterFactory> factory, String... params) {
            this(factory, pairs(params));
        }

        private static Map<String, String> pairs(String... params) {
            var map = new LinkedHashMap<String, String>();
            for (int i = 0; i < params.length; i += 2) {
                map.put(params[i], params[i + 1]);
            }
            return map;
        }
    }

    /**
     * A language's token filters after the standard tokenizer: lower case, stop words, compound parts (Finnish and
     * Swedish), stemmer; duplicates removed (all but English's whole words).
     */
    static List<Filter> chain(Language language, boolean prefix) {
        var filters = new ArrayList<Filter>();
        if (language == Language.EN) {
            filters.add(new Filter(EnglishPossessiveFilterFactory.class));
        }
        filters.add(new Filter(LowerCaseFilterFactory.class));
        String stop = switch (language) {
            case FI -> "finnish_stop.txt";
            case SV -> "swedish_stop.txt";
            case EN -> "english_stop.txt";
        };
        filters.add(new Filter(StopFilterFactory.class, "words", SNOWBALL + stop, "format", "snowball"));
        if (language != Language.EN) {
            filters.add(new Filter(
                    DictionaryCompoundWordTokenFilterFactory.class,
                    "dictionary",
                    language == Language.FI ? FINNISH_PARTS : SWEDISH_PARTS,
                    "minSubwordSize",
                    MIN_SUBWORD,
                    "onlyLongestMatch",
                    "false"));
        }
        filters.add(
                switch (language) {
                    case FI -> new Filter(FinnishLightStemFilterFactory.class);
                    case SV -> new Filter(SwedishLightStemFilterFactory.class);
                    case EN -> new Filter(PorterStemFilterFactory.class);
                });
        if (prefix) {
            filters.add(new Filter(TruncateTokenFilterFactory.class, "prefixLength", Integer.toString(PREFIX_LENGTH)));
        }
        if (language != Language.EN || prefix) {
            filters.add(new Filter(RemoveDuplicatesTokenFilterFactory.class));
        }
        return filters;
    }

    private static void custom(LuceneAnalysisConfigurationContext context, String name, List<Filter> chain) {
        LuceneAnalysisOptionalComponentsStep step =
                context.analyzer(name).custom().tokenizer(StandardTokenizerFactory.class);
        for (var filter : chain) {
            var added = step.tokenFilter(filter.factory());
            for (var param : filter.params().entrySet()) {
                added = added.param(param.getKey(), param.getValue());
            }
            step = added;
        }
    }

    /** The chain as an analyser of its own, for {@link StackedAnalyzer} (it reads the word lists from the classpath). */
    static Analyzer build(List<Filter> chain) {
        try {
            var builder = CustomAnalyzer.builder(
                            new ClasspathResourceLoader(SearchAnalysisConfigurer.class.getClassLoader()))
                    .withTokenizer(StandardTokenizerFactory.class);
            for (var filter : chain) {
                builder.addTokenFilter(filter.factory(), new HashMap<>(filter.params()));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build an analyser of " + chain, e);
        }
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

        // Each language's filters applied to each word; identical terms at a word's position are given once.
        context.tokenFilter("kv_all_languages")
                .type("multiplexer")
                .param(
                        "filters",
                        "lowercase, kv_fi_stop, kv_fi_parts, kv_fi_stem",
                        "lowercase, kv_sv_stop, kv_sv_parts, kv_sv_stem",
                        "kv_en_possessive, lowercase, kv_en_stop, kv_en_stem")
                .param("preserve_original", false);
        context.analyzer(ALL).custom().tokenizer("standard").tokenFilters("kv_all_languages");

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
