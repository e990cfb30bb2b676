package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.UUID;

/**
 * A service area: the EU, Finland, the region, a sub-region or a municipality.
 *
 * @param uri persistent identifier, e.g. {@code urn:fi:stat:kunta:182}
 * @param code Statistics Finland code for municipalities, sub-regions and the region
 * @param parentUri the area this one lies in
 * @param municipalityKind {@code kunta} or {@code kaupunki} for municipalities
 */
public record AreaRecord(
        String uri,
        String code,
        AreaType type,
        LocalizedText name,
        String parentUri,
        String municipalityKind,
        UUID developmentOrganisationId,
        String developmentOrganisationName,
        String note) {}
