package fi.kvverkosto.shared;

import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A human-readable text in Finnish, Swedish and English; any of them may be missing.
 *
 * <p>Immutable. Entities embed it with {@code @EmbeddedColumnNaming("name_%s")}, giving columns {@code name_fi},
 * {@code name_sv}, {@code name_en}. Asked for a language it does not have, it falls back visibly: {@link #in(Locale)}
 * says which language the text really is in, so that pages can mark it with a {@code lang} attribute.
 */
@Embeddable
public final class LocalizedText {

    public static final LocalizedText EMPTY = new LocalizedText(null, null, null);

    private String fi;
    private String sv;
    private String en;

    protected LocalizedText() {}

    private LocalizedText(String fi, String sv, String en) {
        this.fi = normalize(fi);
        this.sv = normalize(sv);
        this.en = normalize(en);
    }

    public static LocalizedText of(String fi, String sv, String en) {
        return new LocalizedText(fi, sv, en);
    }

    public static LocalizedText finnish(String fi) {
        return new LocalizedText(fi, null, null);
    }

    public String fi() {
        return fi;
    }

    public String sv() {
        return sv;
    }

    public String en() {
        return en;
    }

    /** The text in exactly this language, or null. */
    public String get(Language language) {
        return switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }

    public boolean has(Language language) {
        return get(language) != null;
    }

    public boolean isEmpty() {
        return fi == null && sv == null && en == null;
    }

    public LocalizedText with(Language language, String text) {
        return switch (language) {
            case FI -> new LocalizedText(text, sv, en);
            case SV -> new LocalizedText(fi, text, en);
            case EN -> new LocalizedText(fi, sv, text);
        };
    }

    /** The text for a reader of this language, falling back to another language when it is missing. */
    public Localized in(Language language) {
        for (Language candidate : language.fallbackOrder()) {
            String text = get(candidate);
            if (text != null) {
                return new Localized(text, candidate, candidate != language);
            }
        }
        return new Localized("", language, false);
    }

    public Localized in(Locale locale) {
        return in(Language.of(locale));
    }

    /** Shorthand for templates and logs: the text in the locale's language or its fallback. */
    public String text(Locale locale) {
        return in(locale).text();
    }

    private static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && Objects.equals(fi, that.fi)
                && Objects.equals(sv, that.sv)
                && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fi, sv, en);
    }

    @Override
    public String toString() {
        return "LocalizedText[fi=" + fi + ", sv=" + sv + ", en=" + en + "]";
    }

    /**
     * A text as shown to a reader.
     *
     * @param text the text
     * @param language the language the text is really in
     * @param fallback true when the reader's own language was missing
     */
    public record Localized(String text, Language language, boolean fallback) {

        public String lang() {
            return language.code();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
