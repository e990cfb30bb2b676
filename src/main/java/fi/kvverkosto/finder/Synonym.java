package fi.kvverkosto.finder;

import fi.kvverkosto.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A group of words of the field that mean the same, in Finnish, Swedish and English; kept by staff. */
@Entity
@Table(name = "finder_synonym")
class Synonym {

    @Id
    private UUID id;

    @Column(name = "words_fi")
    private String wordsFi;

    @Column(name = "words_sv")
    private String wordsSv;

    @Column(name = "words_en")
    private String wordsEn;

    private String note;

    @Version
    private int version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected Synonym() {}

    Synonym(UUID id) {
        this.id = id;
    }

    UUID id() {
        return id;
    }

    int version() {
        return version;
    }

    String note() {
        return note;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    /** The words as written, comma-separated, or null. */
    String words(Language language) {
        return switch (language) {
            case FI -> wordsFi;
            case SV -> wordsSv;
            case EN -> wordsEn;
        };
    }

    /** The words of a language, one by one. */
    List<String> wordList(Language language) {
        String words = words(language);
        if (words == null) {
            return List.of();
        }
        return Arrays.stream(words.split(","))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .toList();
    }

    void change(String fi, String sv, String en, String note, String by, Instant at) {
        this.wordsFi = fi;
        this.wordsSv = sv;
        this.wordsEn = en;
        this.note = note;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
