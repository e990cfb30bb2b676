package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A public service in full, for its own page.
 *
 * @param provider the organisation offering it
 * @param areas the areas it names, with their translated names
 * @param languages ISO 639-1 codes of the languages it is delivered in
 * @param terms its classifications by taxonomy key ({@code kv-stage}, {@code kv-need}, ...), in the taxonomies' order
 * @param assuredDate when a person last checked the facts
 */
public record ServiceDetail(
        UUID id,
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
        OrganisationSummary provider,
        List<AreaRecord> areas,
        List<String> languages,
        List<ServiceRecord.CostEntry> costOptions,
        List<ServiceRecord.ContactEntry> contacts,
        Map<String, List<TermRecord>> terms) {

    public ServiceDetail {
        areas = List.copyOf(areas);
        languages = List.copyOf(languages);
        costOptions = List.copyOf(costOptions);
        contacts = List.copyOf(contacts);
    }

    public boolean active() {
        return status == ServiceStatus.ACTIVE;
    }

    /** The names of the languages it is delivered in, in each of the platform's languages. */
    public List<LocalizedText> languageNames() {
        return languages.stream().map(ServiceDirectory::languageName).toList();
    }

    /** The service's terms of one taxonomy; empty if it has none (for industries and markets: all of them). */
    public List<TermRecord> terms(String taxonomyKey) {
        return terms.getOrDefault(taxonomyKey, List.of());
    }
}
