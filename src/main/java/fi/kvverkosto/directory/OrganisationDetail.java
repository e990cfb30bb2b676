package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * A provider with its public services, for its own page.
 *
 * @param parent the organisation it belongs to, if any and not archived
 * @param units the organisations that belong to it
 * @param services its public services, active ones first
 */
public record OrganisationDetail(
        UUID id,
        LocalizedText name,
        LocalizedText description,
        String website,
        String email,
        List<TermRecord> types,
        OrganisationSummary parent,
        List<OrganisationSummary> units,
        List<ServiceSummary> services) {

    public OrganisationDetail {
        types = List.copyOf(types);
        units = List.copyOf(units);
        services = List.copyOf(services);
    }
}
