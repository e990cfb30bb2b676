package fi.kvverkosto.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * An offer ("we can tell about entering Japan") or a seek ("we seek a distributor in Sweden") of a company, optionally
 * about a market and an industry, shown until it expires.
 */
@Embeddable
class Listing {

    static final String OFFER = "offer";
    static final String SEEK = "seek";

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String summary;

    private String market;

    private String industryCode;

    @Column(nullable = false)
    private LocalDate expiresOn;

    protected Listing() {}

    Listing(String kind, String summary, String market, String industryCode, LocalDate expiresOn) {
        if (!OFFER.equals(kind) && !SEEK.equals(kind)) {
            throw new IllegalArgumentException("An offer or a seek: " + kind);
        }
        this.kind = kind;
        this.summary = summary;
        this.market = market;
        this.industryCode = industryCode;
        this.expiresOn = expiresOn;
    }

    boolean activeOn(LocalDate day) {
        return !expiresOn.isBefore(day);
    }

    String kind() {
        return kind;
    }

    String summary() {
        return summary;
    }

    String market() {
        return market;
    }

    String industryCode() {
        return industryCode;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }
}
