package fi.kvverkosto.contacts;

import java.util.Arrays;
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

    public static Optional<LegalBasis> fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
