package fi.kvverkosto.directory;

import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The search index's text analysis of each language, to use outside the index: the words of a text as the index sees
 * them (lower case, without stop words, compounds split into their parts, stemmed). With it a caller can tell which of
 * a query's words a service's text contains, and say so. Built from the same word lists as {@link
 * SearchAnalysisConfigurer}, whichever search backend is configured.
 */
public final class TextAnalysis {

    private static final String SNOWBALL = "org/apache/lucene/analysis/snowball/";

    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

    public TextAnalysis() {
        for (Language language : Language.values()) {
            analyzers.put(language, build(language));
        }
    }

    /** The index terms of a text in a language, in order, with repeats. */
    public List<String> terms(Language language, String text) {
        return analyse(language, text, true);
    }

    /**
     * The index terms of a text's words themselves, in order: without the parts a compound is split into, so that two
     * terms next to each other here are words next to each other in the text (stop words aside).
     */
    public List<String> wordTerms(Language language, String text) {
        return analyse(language, text, false);
    }

    private List<String> analyse(Language language, String text, boolean withParts) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (var stream = analyzers.get(language).tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // A compound's parts stand at the compound's own position.
                if (withParts || position.getPositionIncrement() > 0) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Analyzer build(Language language) {
        try {
            var builder = CustomAnalyzer.builder(new ClasspathResourceLoader(TextAnalysis.class.getClassLoader()))
                    .withTokenizer("standard");
            switch (language) {
                case FI ->
                    builder.addTokenFilter("lowercase")
                            .addTokenFilter("stop", "words", SNOWBALL + "finnish_stop.txt", "format", "snowball")
                            .addTokenFilter(
                                    "dictionaryCompoundWord",
                                    "dictionary",
                                    SearchAnalysisConfigurer.FINNISH_PARTS,
                                    "minSubwordSize",
                                    "4",
                                    "onlyLongestMatch",
                                    "false")
                            .addTokenFilter("finnishLightStem");
                case SV ->
                    builder.addTokenFilter("lowercase")
                            .addTokenFilter("stop", "words", SNOWBALL + "swedish_stop.txt", "format", "snowball")
                            .addTokenFilter(
                                    "dictionaryCompoundWord",
                                    "dictionary",
                                    SearchAnalysisConfigurer.SWEDISH_PARTS,
                                    "minSubwordSize",
                                    "4",
                                    "onlyLongestMatch",
                                    "false")
                            .addTokenFilter("swedishLightStem");
                case EN ->
                    builder.addTokenFilter("englishPossessive")
                            .addTokenFilter("lowercase")
                            .addTokenFilter("stop", "words", SNOWBALL + "english_stop.txt", "format", "snowball")
                            .addTokenFilter("porterStem");
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
