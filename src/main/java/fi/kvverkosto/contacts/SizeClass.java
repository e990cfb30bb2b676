package fi.kvverkosto.contacts;

import java.util.Optional;

/** Size classes by staff headcount, as Statistics Finland groups enterprises. */
public enum SizeClass {
    MICRO("micro"),
    SMALL("small"),
    MEDIUM("medium"),
    LARGE("large");

    private final String code;

    SizeClass(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** By code: a loop over the four, not a stream (an import looks up every row's). */
    public static Optional<SizeClass> fromCode(String code) {
        for (SizeClass size : VALUES) {
            if (size.code.equals(code)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    private static final SizeClass[] VALUES = values();
}
