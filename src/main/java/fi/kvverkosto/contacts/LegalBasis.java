package fi.kvverkosto.contacts;

import java.util.Optional;

/** Why a person's data may be held (GDPR article 6): their consent, or the network's legitimate interest. */
public enum LegalBasis {
    CONSENT("consent"),
    LEGITIMATE_INTEREST("legitimate-interest");

    private final String code;

    LegalBasis(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** By code: a loop, not a stream (an import looks up every row's). */
    public static Optional<LegalBasis> fromCode(String code) {
        for (LegalBasis basis : VALUES) {
            if (basis.code.equals(code)) {
                return Optional.of(basis);
            }
        }
        return Optional.empty();
    }

    private static final LegalBasis[] VALUES = values();
}
