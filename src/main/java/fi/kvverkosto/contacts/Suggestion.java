package fi.kvverkosto.contacts;

import java.util.List;
import java.util.UUID;

/**
 * A company suggested to another, with why in plain words: a message key of the {@code contacts} bundle and its
 * arguments, so that the reason is said in the reader's language.
 *
 * @param kind {@code peer} (a company like you that went to a market) or {@code co-innovation} (an offer answering
 *     your seek, across industries)
 */
public record Suggestion(
        UUID companyId, String companyName, String kind, String reasonKey, List<String> reasonArguments) {}
