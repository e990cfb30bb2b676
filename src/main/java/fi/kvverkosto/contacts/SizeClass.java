package fi.kvverkosto.contacts;

import java.util.Arrays;
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

    public static Optional<SizeClass> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
