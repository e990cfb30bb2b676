package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The three languages' analyses stacked in one token stream, as the companies' text field {@code kv_all} is indexed. */
class StackedAnalyzerTests {

    static final List<Analyzer> LANGUAGES = Stream.of(Language.values())
            .map(l -> SearchAnalysisConfigurer.build(SearchAnalysisConfigurer.chain(l, false)))
            .toList();

    static final StackedAnalyzer STACKED = new StackedAnalyzer(LANGUAGES);

    record Token(int position, String term, int start, int end, int increment) {}

    @AfterAll
    static void close() {
        STACKED.close();
    }

    @Test
    void eachWordsTermsInEveryLanguageStandAtItsPosition() {
        var tokens = tokens(STACKED, "Vientirahoitusta Saksaan");

        assertThat(terms(tokens, 0))
                .containsAll(terms(tokens(LANGUAGES.get(0), "Vientirahoitusta"), 0))
                .containsAll(terms(tokens(LANGUAGES.get(1), "Vientirahoitusta"), 0))
                .containsAll(terms(tokens(LANGUAGES.get(2), "Vientirahoitusta"), 0))
                // the Finnish compound's parts
                .contains("vien", "rahoitu");
        assertThat(terms(tokens, 1)).contains("saks", "saksaan").doesNotContainAnyElementsOf(terms(tokens, 0));
        assertThat(tokens).allMatch(t -> t.position() <= 1);
    }

    @Test
    void aTermTwoLanguagesShareIsGivenOnceAndStackedTermsDoNotAdvance() {
        var tokens = tokens(STACKED, "logistiikka vienti");

        for (int position = 0; position <= 1; position++) {
            int at = position;
            var terms = tokens.stream()
                    .filter(t -> t.position() == at)
                    .map(Token::term)
                    .toList();
            assertThat(terms).doesNotHaveDuplicates();
        }
        assertThat(tokens.get(0).increment()).isEqualTo(1);
        assertThat(tokens.stream().filter(t -> t.position() == 0).skip(1)).allMatch(t -> t.increment() == 0);
        assertThat(tokens.stream()
                        .filter(t -> t.position() == 1)
                        .findFirst()
                        .orElseThrow()
                        .increment())
                .isEqualTo(1);
    }

    /** "ja" is a Finnish stop word, "och" a Swedish one, "the" an English one: each stays for the other languages. */
    @Test
    void aStopWordOfOneLanguageKeepsItsPositionAndLaterWordsStayInPlace() {
        String text = "vienti ja tuonti och export the trade";

        var stacked = tokens(STACKED, text);

        for (var language : LANGUAGES) {
            for (var token : tokens(language, text)) {
                assertThat(stacked)
                        .as("%s at %d", token.term(), token.position())
                        .anyMatch(t ->
                                t.position() == token.position() && t.term().equals(token.term()));
            }
        }
        assertThat(terms(stacked, 1)).contains("ja").doesNotContain("vient");
        assertThat(terms(stacked, 6)).contains("trade");
    }

    @Test
    void nothingButWhatTheLanguagesGive() {
        String text = "Exportfinansieringen för the company's markets; markkinoille 2000014-7";

        var stacked = tokens(STACKED, text);

        Set<String> given = new LinkedHashSet<>();
        for (var language : LANGUAGES) {
            tokens(language, text).forEach(t -> given.add(t.position() + ":" + t.term()));
        }
        assertThat(stacked.stream().map(t -> t.position() + ":" + t.term())).containsExactlyInAnyOrderElementsOf(given);
    }

    @Test
    void offsetsPointAtTheWord() {
        String text = "Tuulitalo Oy, vienti Saksaan";

        var words = List.of("Tuulitalo", "Oy", "vienti", "Saksaan");
        var tokens = tokens(STACKED, text);

        for (var token : tokens) {
            assertThat(words.get(token.position())).isEqualTo(text.substring(token.start(), token.end()));
        }
        assertThat(tokens).extracting(Token::position).contains(0, 1, 2, 3);
    }

    @Test
    void reusedForTheNextText() {
        var first = tokens(STACKED, "vienti Saksaan");
        tokens(STACKED, "something else entirely");

        assertThat(tokens(STACKED, "vienti Saksaan")).isEqualTo(first);
    }

    static Set<String> terms(List<Token> tokens, int position) {
        var terms = new LinkedHashSet<String>();
        tokens.stream().filter(t -> t.position() == position).forEach(t -> terms.add(t.term()));
        return terms;
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        var tokens = new ArrayList<Token>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(
                        position,
                        term.toString(),
                        offset.startOffset(),
                        offset.endOffset(),
                        increment.getPositionIncrement()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
