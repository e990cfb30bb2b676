package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * A public service as a search result or list item shows it: name, provider, status, stage and need, where it is
 * available.
 *
 * @param alert why an inactive service is inactive, or what to watch out for
 * @param areas the areas the service names itself (not the municipalities they contain)
 */
public record ServiceSummary(
        UUID id,
        LocalizedText name,
        LocalizedText description,
        UUID organisationId,
        LocalizedText organisationName,
        ServiceStatus status,
        LocalizedText alert,
        List<TermRecord> stages,
        List<TermRecord> needs,
        List<AreaRecord> areas) {

    public ServiceSummary {
        stages = List.copyOf(stages);
        needs = List.copyOf(needs);
        areas = List.copyOf(areas);
    }

    public boolean active() {
        return status == ServiceStatus.ACTIVE;
    }
}
