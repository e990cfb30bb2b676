package fi.kvverkosto.directory;

import java.util.UUID;

/** A taxonomy as exchanged: its key ({@code kv-stage}) with the HSDS name and description. */
public record TaxonomyRecord(UUID id, String key, String name, String description, String version, String uri) {}
