package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.UUID;

/** A public service to choose in a form of another module, with its provider: small, for long lists. */
public record ServiceOption(
        UUID id, LocalizedText name, ServiceStatus status, UUID organisationId, LocalizedText organisationName) {

    public boolean active() {
        return status == ServiceStatus.ACTIVE;
    }
}
