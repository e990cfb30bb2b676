package fi.kvverkosto.network;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of relation between two actors. Declared ones are kept by staff; derived ones are computed from the
 * directory each time the network is read and are never stored.
 *
 * @param code the name in addresses, the API, CSV files and message keys
 */
enum RelationType {
    /** The source refers companies to the target. */
    REFERS_TO("refers-to", true),
    PARTNERS_WITH("partners-with", true),
    /** The source funds the target (or its programme). */
    FUNDS("funds", true),
    /** The source is part of or owned by the target. */
    PART_OF("part-of", true),
    /** The two deliver a service together. */
    CO_DELIVERS("co-delivers", true),
    /** The source is a member of the target network. */
    MEMBER_OF("member-of", true),
    /** Derived: the directory places the source under the target (its parent organisation). */
    HIERARCHY("hierarchy", false),
    /** Derived: both offer services for the same stage and need (at least {@link #SHARED_OFFER_MIN_CELLS} pairs). */
    SHARED_OFFER("shared-offer", false),
    /**
     * Derived: services of both belong to the same programme, or services of one belong to a programme the other owns
     * (HSDS {@code program}).
     */
    SHARED_PROGRAMME("shared-programme", false),
    /**
     * Derived: the source, a service, is provided by the target organisation. Only on a map that shows services as
     * nodes, and then always; not a filter of its own.
     */
    PROVIDES("provides", false);

    static final int SHARED_OFFER_MIN_CELLS = 3;

    private final String code;
    private final boolean declared;

    RelationType(String code, boolean declared) {
        this.code = code;
        this.declared = declared;
    }

    public String code() {
        return code;
    }

    public boolean declared() {
        return declared;
    }

    /** Whether the relation has no direction: both sides do the same. */
    boolean symmetric() {
        return this == PARTNERS_WITH || this == CO_DELIVERS || this == SHARED_OFFER || this == SHARED_PROGRAMME;
    }

    static Optional<RelationType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(wanted)).findFirst();
    }

    static List<RelationType> declaredTypes() {
        return Arrays.stream(values()).filter(RelationType::declared).toList();
    }

    /** The types a map shows unless told otherwise: every declared one and the hierarchy (not the dense shared offer). */
    static List<RelationType> shownByDefault() {
        return Arrays.stream(values())
                .filter(t -> t != SHARED_OFFER && t != PROVIDES)
                .toList();
    }

    /** The types the map can be filtered by: all but {@link #PROVIDES}, which comes with the services. */
    static List<RelationType> filterable() {
        return Arrays.stream(values()).filter(t -> t != PROVIDES).toList();
    }
}
