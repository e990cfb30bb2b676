package fi.kvverkosto.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A company as one audience may see it: every field they may not see is null (and left out of JSON). Made only by
 * {@link ContactViews}.
 *
 * @param people null in search results; the people the audience may see on a company's own page
 * @param archivedAt when staff archived the company (staff only: others never see an archived company)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanyView(
        UUID id,
        String businessId,
        String name,
        String municipality,
        String industry,
        String size,
        String website,
        List<String> languages,
        String description,
        List<ExperienceView> experiences,
        List<ListingView> offers,
        List<ListingView> seeks,
        List<PersonView> people,
        Boolean demo,
        Long version,
        Instant reviewedAt,
        Instant archivedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExperienceView(String market, String mode, Integer since, String industry, String summary) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ListingView(String kind, String summary, String market, String industry, LocalDate expires) {}

    /**
     * A person as the audience may see them. The legal basis and consent are for staff only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonView(
            UUID id,
            String name,
            String role,
            String email,
            String phone,
            List<String> languages,
            String legalBasis,
            String consentPurpose,
            LocalDate consentGivenOn,
            String consentSource,
            Instant consentWithdrawnAt,
            Instant erasedAt,
            Long version) {}
}
