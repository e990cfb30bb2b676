package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.UUID;

/** A programme (HSDS {@code program}): related services under one organisation's name. */
public record ProgrammeRecord(UUID id, UUID organisationId, LocalizedText name, LocalizedText description) {}
