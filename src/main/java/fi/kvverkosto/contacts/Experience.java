package fi.kvverkosto.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A company's experience of a market: where (a market code of the directory's market taxonomy, a country such as
 * {@code SE} or a region such as {@code region-nordics}), how ({@link Mode}), since when, in which industry, in a few
 * words.
 */
@Embeddable
class Experience {

    @Column(nullable = false)
    private String market;

    @Column(nullable = false)
    private String mode;

    private Integer sinceYear;

    private String industryCode;

    private String summary;

    protected Experience() {}

    Experience(String market, Mode mode, Integer sinceYear, String industryCode, String summary) {
        this.market = market;
        this.mode = mode.code();
        this.sinceYear = sinceYear;
        this.industryCode = industryCode;
        this.summary = summary;
    }

    String market() {
        return market;
    }

    Mode mode() {
        return Mode.fromCode(mode).orElseThrow();
    }

    Integer sinceYear() {
        return sinceYear;
    }

    String industryCode() {
        return industryCode;
    }

    String summary() {
        return summary;
    }
}
