package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.envers.Audited;

/** What using a service costs: a described option with an optional amount. */
@Entity
@Table(name = "cost_option")
@Audited
class CostOption {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private ServiceListing service;

    @Embedded
    @EmbeddedColumnNaming("option_%s")
    private LocalizedText option;

    private String currency;

    private BigDecimal amount;

    private String amountDescription;

    private int position;

    protected CostOption() {}

    CostOption(UUID id, ServiceListing service) {
        this.id = id;
        this.service = service;
    }

    UUID id() {
        return id;
    }

    LocalizedText option() {
        return option;
    }

    String currency() {
        return currency;
    }

    BigDecimal amount() {
        return amount;
    }

    String amountDescription() {
        return amountDescription;
    }

    int position() {
        return position;
    }

    void describe(LocalizedText option, String currency, BigDecimal amount, String amountDescription, int position) {
        this.option = option;
        this.currency = currency;
        this.amount = amount;
        this.amountDescription = amountDescription;
        this.position = position;
    }
}
