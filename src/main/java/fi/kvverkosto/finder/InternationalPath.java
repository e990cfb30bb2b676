package fi.kvverkosto.finder;

import java.util.Optional;

/**
 * Where a company is on its international path, in the words of the needs assessment, and the stage of the service
 * path it points to.
 */
enum InternationalPath {
    /** Not exporting yet: readiness and exploring. */
    NONE("none", "1"),
    /** Occasional export: choosing markets and planning. */
    OCCASIONAL("occasional", "2"),
    /** Regular export: entering new markets. */
    REGULAR("regular", "4"),
    /** Established abroad: growing there, subsidiaries. */
    ESTABLISHED("established", "5");

    private final String code;
    private final String stage;

    InternationalPath(String code, String stage) {
        this.code = code;
        this.stage = stage;
    }

    String code() {
        return code;
    }

    String stage() {
        return stage;
    }

    static Optional<InternationalPath> fromCode(String code) {
        for (InternationalPath path : values()) {
            if (path.code.equals(code)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
