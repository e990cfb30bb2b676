package fi.kvverkosto.contacts;

import java.util.Optional;

/** How a company has been in a market. */
public enum Mode {
    EXPORT,
    SUBSIDIARY,
    PARTNER,
    SOURCING,
    PROJECT;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    public String code() {
        return code;
    }

    /** By code: a loop, not a stream of lower-cased names (an import looks up every row's). */
    public static Optional<Mode> fromCode(String code) {
        for (Mode mode : VALUES) {
            if (mode.code.equals(code)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    private static final Mode[] VALUES = values();
}
