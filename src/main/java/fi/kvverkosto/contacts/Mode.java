package fi.kvverkosto.contacts;

import java.util.Arrays;
import java.util.Optional;

/** How a company has been in a market. */
public enum Mode {
    EXPORT,
    SUBSIDIARY,
    PARTNER,
    SOURCING,
    PROJECT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Mode> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
