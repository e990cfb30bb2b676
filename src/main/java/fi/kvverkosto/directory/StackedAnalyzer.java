package fi.kvverkosto.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Several analyses of one text in one field: each analyser runs over the whole text, and their tokens are stacked by
 * position, a term that two analysers give at the same position only once. Lucene has no filter that branches a token
 * stream (Elasticsearch's {@code multiplexer} does it token by token), so this runs the analysers one after the other
 * and merges what they give.
 *
 * <p>The analysers must share their tokenizer, so that the n-th position means the same word in each: their filters
 * may drop a word (stop words: the position stays, as a gap) or add tokens at a word's position (compound parts), not
 * split or join words. A search's words analysed with it become one {@code SynonymQuery} a word in one field.
 */
final class StackedAnalyzer extends Analyzer {

    private final List<Analyzer> analyzers;

    StackedAnalyzer(List<Analyzer> analyzers) {
        this.analyzers = List.copyOf(analyzers);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new Stack(fieldName, analyzers));
    }

    @Override
    public void close() {
        analyzers.forEach(Analyzer::close);
        super.close();
    }

    /** Reads the whole text on {@link #reset}, analyses it with each analyser and gives the stacked tokens. */
    private static final class Stack extends Tokenizer {

        private record Token(int position, String term, int start, int end) {}

        private final String fieldName;
        private final List<Analyzer> analyzers;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<Token> tokens = new ArrayList<>();
        private int next;
        private int lastPosition;
        private int length;

        Stack(String fieldName, List<Analyzer> analyzers) {
            this.fieldName = fieldName;
            this.analyzers = analyzers;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            var text = new StringBuilder();
            char[] buffer = new char[1024];
            for (int read; (read = input.read(buffer)) > 0; ) {
                text.append(buffer, 0, read);
            }
            length = text.length();
            tokens.clear();
            next = 0;
            lastPosition = -1;
            var all = new ArrayList<Token>();
            String whole = text.toString();
            for (var analyzer : analyzers) {
                analyze(analyzer, whole, all);
            }
            // Stable: at each position the first analyser's tokens first, each in the order it gave them.
            all.sort(Comparator.comparingInt(Token::position));
            Set<String> atPosition = new HashSet<>();
            int position = -1;
            for (var token : all) {
                if (token.position() != position) {
                    position = token.position();
                    atPosition.clear();
                }
                if (atPosition.add(token.term())) {
                    tokens.add(token);
                }
            }
        }

        private void analyze(Analyzer analyzer, String text, List<Token> into) throws IOException {
            try (TokenStream stream = analyzer.tokenStream(fieldName, text)) {
                var t = stream.addAttribute(CharTermAttribute.class);
                var inc = stream.addAttribute(PositionIncrementAttribute.class);
                var off = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                int position = -1;
                while (stream.incrementToken()) {
                    position += inc.getPositionIncrement();
                    into.add(new Token(position, t.toString(), off.startOffset(), off.endOffset()));
                }
                stream.end();
            }
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.size()) {
                return false;
            }
            clearAttributes();
            var token = tokens.get(next++);
            term.setEmpty().append(token.term());
            increment.setPositionIncrement(token.position() - lastPosition);
            lastPosition = token.position();
            offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int end = correctOffset(length);
            offset.setOffset(end, end);
        }

        @Override
        public void close() throws IOException {
            super.close();
            tokens.clear();
        }
    }
}
