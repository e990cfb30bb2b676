package fi.kvverkosto.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the platform. Finnish is the default and the first fallback. */
public enum Language {
    FI("fi"),
    SV("sv"),
    EN("en");

    public static final Language DEFAULT = FI;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The order in which texts are tried when this language is asked for: itself, then Finnish, English, Swedish. */
    public List<Language> fallbackOrder() {
        return switch (this) {
            case FI -> List.of(FI, EN, SV);
            case SV -> List.of(SV, FI, EN);
            case EN -> List.of(EN, FI, SV);
        };
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The platform language for a locale; anything not Swedish or English is served in Finnish. */
    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromCode(locale.getLanguage()).orElse(DEFAULT);
    }
}
