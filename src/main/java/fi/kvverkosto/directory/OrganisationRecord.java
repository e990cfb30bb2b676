package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organisation with everything the directory knows of it. */
public record OrganisationRecord(
        UUID id,
        LocalizedText name,
        LocalizedText description,
        String website,
        String email,
        UUID parentId,
        List<ClassificationRecord> classifications,
        boolean archived,
        Instant lastModified) {

    public OrganisationRecord {
        classifications = List.copyOf(classifications);
    }
}
