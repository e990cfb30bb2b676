package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * A provider as lists show it.
 *
 * @param types its provider types (terms of the {@code provider-type} taxonomy)
 * @param serviceCount how many public services it offers
 */
public record OrganisationSummary(
        UUID id,
        LocalizedText name,
        LocalizedText description,
        String website,
        List<TermRecord> types,
        long serviceCount) {

    public OrganisationSummary {
        types = List.copyOf(types);
    }
}
