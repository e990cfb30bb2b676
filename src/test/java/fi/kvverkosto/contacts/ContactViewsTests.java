package fi.kvverkosto.contacts;

import static fi.kvverkosto.contacts.ContactFixtures.NOW;
import static fi.kvverkosto.contacts.ContactFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.contacts.CompanyView.PersonView;
import fi.kvverkosto.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The visibility matrix: every field of a company and a person, at every visibility level, for every audience
 * (anonymous, a signed-in member, an editor, an admin). A field is shown exactly when its level allows the audience;
 * anonymous visitors never see a non-public field.
 */
class ContactViewsTests {

    /** The roles of the matrix, as Spring Security presents them, with the audience each must map to. */
    static final Map<String, Audience> ROLES = Map.of(
            "anonymous", Audience.ANONYMOUS,
            "member", Audience.MEMBER,
            "editor", Audience.STAFF,
            "admin", Audience.STAFF);

    static Audience audienceOf(String role) {
        var authentication = switch (role) {
            case "anonymous" ->
                new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            case "member" ->
                UsernamePasswordAuthenticationToken.authenticated(
                        "m", null, AuthorityUtils.createAuthorityList("ROLE_MEMBER"));
            case "editor" ->
                UsernamePasswordAuthenticationToken.authenticated(
                        "e", null, AuthorityUtils.createAuthorityList(Roles.ROLE_EDITOR));
            case "admin" ->
                UsernamePasswordAuthenticationToken.authenticated(
                        "a", null, AuthorityUtils.createAuthorityList(Roles.ROLE_ADMIN));
            default -> throw new IllegalArgumentException(role);
        };
        return Audience.of(authentication);
    }

    static final Map<CompanyField, Function<CompanyView, Object>> COMPANY_FIELDS = Map.of(
            CompanyField.MUNICIPALITY, CompanyView::municipality,
            CompanyField.INDUSTRY, CompanyView::industry,
            CompanyField.SIZE, CompanyView::size,
            CompanyField.WEBSITE, CompanyView::website,
            CompanyField.LANGUAGES, CompanyView::languages,
            CompanyField.DESCRIPTION, CompanyView::description,
            CompanyField.EXPERIENCES, CompanyView::experiences,
            CompanyField.LISTINGS, CompanyView::offers);

    static final Map<PersonField, Function<PersonView, Object>> PERSON_FIELDS = Map.of(
            PersonField.NAME, PersonView::name,
            PersonField.ROLE, PersonView::role,
            PersonField.EMAIL, PersonView::email,
            PersonField.PHONE, PersonView::phone,
            PersonField.LANGUAGES, PersonView::languages);

    @Test
    void rolesMapToAudiences() {
        ROLES.forEach((role, audience) -> assertThat(audienceOf(role)).as(role).isEqualTo(audience));
        assertThat(Audience.of(null)).isEqualTo(Audience.ANONYMOUS);
    }

    @Test
    void everyCompanyFieldIsShownExactlyToTheAudiencesItsVisibilityAllows() {
        assertThat(COMPANY_FIELDS.keySet()).containsExactlyInAnyOrder(CompanyField.values());
        List<String> wrong = new ArrayList<>();
        for (CompanyField field : CompanyField.values()) {
            for (Visibility level : Visibility.values()) {
                var company = ContactFixtures.company(Map.of(field.key(), level.name()));
                for (String role : ROLES.keySet()) {
                    var view = ContactViews.company(company, audienceOf(role), TODAY, List.of());
                    boolean shown = COMPANY_FIELDS.get(field).apply(view) != null;
                    boolean expected = level.visibleTo(audienceOf(role));
                    if (shown != expected) {
                        wrong.add(field + " at " + level + " for " + role + ": shown=" + shown);
                    }
                    if (role.equals("anonymous") && level != Visibility.PUBLIC && shown) {
                        wrong.add("anonymous sees non-public " + field);
                    }
                    // Name and Business ID are always public.
                    assertThat(view.name()).isEqualTo("Testiyhtiö Oy");
                    assertThat(view.businessId()).isEqualTo("0112038-9");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPersonFieldIsShownExactlyToTheAudiencesItsVisibilityAllows() {
        assertThat(PERSON_FIELDS.keySet()).containsExactlyInAnyOrder(PersonField.values());
        List<String> wrong = new ArrayList<>();
        for (PersonField field : PersonField.values()) {
            for (Visibility level : Visibility.values()) {
                var company = ContactFixtures.company(Map.of());
                // The name is public unless it is the field under test: a person whose name one may not see is not
                // shown at all (tested below).
                var visibility = new java.util.HashMap<String, String>();
                visibility.put(PersonField.NAME.key(), "PUBLIC");
                visibility.put(field.key(), level.name());
                var person = ContactFixtures.person(company, visibility);
                for (String role : ROLES.keySet()) {
                    var audience = audienceOf(role);
                    var view = ContactViews.person(person, audience);
                    boolean expected = level.visibleTo(audience);
                    boolean shown = view != null && PERSON_FIELDS.get(field).apply(view) != null;
                    if (shown != expected) {
                        wrong.add(field + " at " + level + " for " + role + ": shown=" + shown);
                    }
                    if (role.equals("anonymous") && level != Visibility.PUBLIC && shown) {
                        wrong.add("anonymous sees non-public " + field);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theStandardVisibilityShowsAnonymousVisitorsNoPersonalData() {
        var company = ContactFixtures.company(Map.of());
        var person = ContactFixtures.person(company, Map.of());
        var view = ContactViews.company(company, Audience.ANONYMOUS, TODAY, List.of(person));
        assertThat(view.people()).isEmpty();
        var member = ContactViews.person(person, Audience.MEMBER);
        assertThat(member.name()).isEqualTo("Testi Henkilö");
        assertThat(member.email()).isNull();
        assertThat(member.phone()).isNull();
        var staff = ContactViews.person(person, Audience.STAFF);
        assertThat(staff.email()).isEqualTo("testi.henkilo@example.org");
    }

    @Test
    void legalBasisAndConsentAreForStaffOnly() {
        var person = ContactFixtures.person(ContactFixtures.company(Map.of()), Map.of("name", "PUBLIC"));
        for (String role : ROLES.keySet()) {
            var view = ContactViews.person(person, audienceOf(role));
            boolean staff = audienceOf(role) == Audience.STAFF;
            assertThat(view.legalBasis() != null).as(role).isEqualTo(staff);
            assertThat(view.consentPurpose() != null).as(role).isEqualTo(staff);
            assertThat(view.consentGivenOn() != null).as(role).isEqualTo(staff);
            assertThat(view.consentSource() != null).as(role).isEqualTo(staff);
            assertThat(view.version() != null).as(role).isEqualTo(staff);
        }
    }

    @Test
    void aPersonWhoWithdrewConsentIsSeenByStaffOnly() {
        var company = ContactFixtures.company(Map.of());
        var person = ContactFixtures.person(company, Map.of("name", "PUBLIC", "email", "PUBLIC"));
        person.withdrawConsent(NOW);
        for (String role : ROLES.keySet()) {
            var audience = audienceOf(role);
            var view = ContactViews.company(company, audience, TODAY, List.of(person));
            assertThat(view.people()).as(role).hasSize(audience == Audience.STAFF ? 1 : 0);
        }
        assertThat(company.getPublicText()).doesNotContain("Testi Henkilö");
    }

    @Test
    void anErasedPersonKeepsNothingPersonal() {
        var company = ContactFixtures.company(Map.of());
        var person = ContactFixtures.person(company, Map.of("name", "PUBLIC"));
        person.erase(NOW);
        var view = ContactViews.person(person, Audience.STAFF);
        assertThat(view.name()).isNull();
        assertThat(view.email()).isNull();
        assertThat(view.phone()).isNull();
        assertThat(view.role()).isNull();
        assertThat(view.consentPurpose()).isNull();
        assertThat(view.erasedAt()).isEqualTo(NOW);
        assertThat(ContactViews.person(person, Audience.MEMBER)).isNull();
    }

    @Test
    void theSearchIndexHoldsPublicValuesOnly() {
        var hidden = ContactFixtures.company(Map.of(
                "municipality", "MEMBERS",
                "industry", "STAFF",
                "experiences", "MEMBERS",
                "listings", "STAFF",
                "description", "MEMBERS"));
        assertThat(hidden.getPublicMunicipality()).isNull();
        assertThat(hidden.getPublicIndustry()).isNull();
        assertThat(hidden.getPublicMarkets()).isEmpty();
        assertThat(hidden.getPublicModes()).isEmpty();
        assertThat(hidden.getPublicOfferUntil()).isNull();
        assertThat(hidden.getPublicText()).doesNotContain("Koneistusta", "Ruotsiin", "Kerromme");
        var open = ContactFixtures.company(Map.of());
        assertThat(open.getPublicMarkets()).containsExactly("SE");
        assertThat(open.getPublicMarketModes()).containsExactly("SE:export");
        assertThat(open.getPublicText()).contains("Koneistusta", "Vientiä Ruotsiin");
    }

    @Test
    void expiredOffersAreShownToStaffOnly() {
        var company = ContactFixtures.company(Map.of());
        var later = TODAY.plusYears(1);
        assertThat(ContactViews.company(company, Audience.ANONYMOUS, later, null)
                        .offers())
                .isEmpty();
        assertThat(ContactViews.company(company, Audience.STAFF, later, null).offers())
                .hasSize(1);
    }
}
