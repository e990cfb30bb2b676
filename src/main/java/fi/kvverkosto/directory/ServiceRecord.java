package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A service with everything the directory knows of it, in the order its parts were given; {@code programmeId} is the
 * programme it is delivered under, or null.
 */
public record ServiceRecord(
        UUID id,
        UUID organisationId,
        LocalizedText name,
        LocalizedText description,
        String url,
        String email,
        ServiceStatus status,
        LocalizedText alert,
        LocalizedText eligibility,
        LocalizedText fees,
        LocalDate assuredDate,
        Instant lastModified,
        List<AreaEntry> areas,
        List<LanguageEntry> languages,
        List<CostEntry> costOptions,
        List<ContactEntry> contacts,
        List<ClassificationRecord> classifications,
        UUID programmeId) {

    public ServiceRecord {
        areas = List.copyOf(areas);
        languages = List.copyOf(languages);
        costOptions = List.copyOf(costOptions);
        contacts = List.copyOf(contacts);
        classifications = List.copyOf(classifications);
    }

    /** The same service in another programme, or in none ({@code null}). */
    public ServiceRecord inProgramme(UUID programme) {
        return new ServiceRecord(
                id,
                organisationId,
                name,
                description,
                url,
                email,
                status,
                alert,
                eligibility,
                fees,
                assuredDate,
                lastModified,
                areas,
                languages,
                costOptions,
                contacts,
                classifications,
                programme);
    }

    /** Where the service is available: an area by URI, with the name and description given with it. */
    public record AreaEntry(UUID id, String areaUri, String name, String description) {}

    /** A language the service is delivered in. */
    public record LanguageEntry(UUID id, String code, String name) {}

    /** A cost option; {@code amount} 0 means free. */
    public record CostEntry(
            UUID id, LocalizedText option, String currency, BigDecimal amount, String amountDescription) {

        public CostEntry {
            amount = amount == null ? null : amount.stripTrailingZeros();
        }
    }

    /** A contact for the service. */
    public record ContactEntry(UUID id, String name, String title, String department, String email, String phone) {}
}
