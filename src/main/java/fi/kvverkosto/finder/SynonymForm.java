package fi.kvverkosto.finder;

import fi.kvverkosto.shared.Language;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What staff type into a synonym group's form: comma-separated words in Finnish, Swedish and English and a note. The
 * words are tidied as they arrive (spaces around each word, empty ones and repeats dropped) so that the limits and the
 * stored text are what the list will show. {@link #getVersion()} is the version the form was loaded at.
 */
public class SynonymForm {

    /** The widths of the columns in {@code V4_1__finder.sql}. */
    static final int MAX_WORDS = 1000;

    static final int MAX_NOTE = 500;

    private Integer version;

    @Size(max = MAX_WORDS, message = "{finder.synonyms.words.too-long}")
    private String wordsFi;

    @Size(max = MAX_WORDS, message = "{finder.synonyms.words.too-long}")
    private String wordsSv;

    @Size(max = MAX_WORDS, message = "{finder.synonyms.words.too-long}")
    private String wordsEn;

    @Size(max = MAX_NOTE, message = "{finder.synonyms.note.too-long}")
    private String note;

    static SynonymForm of(Synonym synonym) {
        var form = new SynonymForm();
        form.version = synonym.version();
        form.wordsFi = synonym.words(Language.FI);
        form.wordsSv = synonym.words(Language.SV);
        form.wordsEn = synonym.words(Language.EN);
        form.note = synonym.note();
        return form;
    }

    boolean hasWords() {
        return wordsFi != null || wordsSv != null || wordsEn != null;
    }

    /** Words as a tidy comma-separated list, or null when there are none. */
    static String words(String text) {
        if (text == null) {
            return null;
        }
        String words = Arrays.stream(text.split(","))
                .map(w -> w.strip().replaceAll("\\s+", " "))
                .filter(w -> !w.isEmpty())
                .distinct()
                .collect(Collectors.joining(", "));
        return words.isEmpty() ? null : words;
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getWordsFi() {
        return wordsFi;
    }

    public void setWordsFi(String wordsFi) {
        this.wordsFi = words(wordsFi);
    }

    public String getWordsSv() {
        return wordsSv;
    }

    public void setWordsSv(String wordsSv) {
        this.wordsSv = words(wordsSv);
    }

    public String getWordsEn() {
        return wordsEn;
    }

    public void setWordsEn(String wordsEn) {
        this.wordsEn = words(wordsEn);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = text(note);
    }
}
