package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.contacts.SelfServiceFixtures.Made;
import fi.kvverkosto.identity.Roles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A member claims a company, staff approve or reject the claim (recorded in the audit log), and only after approval the
 * member keeps the company's profile: validated with the error summary, guarded by the version, and searchable at once.
 */
@SelfServiceServerTest
class SelfServiceClaimsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Contacts contacts;

    @Autowired
    AuditRepository audit;

    MvcTestResult claim(Made who, String businessId) {
        return mvc.post()
                .uri("/jasen/vaatimukset")
                .with(authentication(SelfServiceFixtures.member(who)))
                .with(csrf())
                .param("businessId", businessId)
                .exchange();
    }

    String pendingClaimId(Made who) {
        var page = mvc.get()
                .uri("/yllapito/kv-tietokanta/vaatimukset")
                .with(user("kveditori").roles(Roles.EDITOR))
                .exchange();
        assertThat(page).hasStatusOk();
        String body = new String(page.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        int at = body.indexOf(who.email());
        assertThat(at).as("the claim is listed for staff").isPositive();
        var matcher = java.util.regex.Pattern.compile("vaatimukset/([0-9a-f-]{36})/hyvaksy")
                .matcher(body.substring(at));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    MvcTestResult editForm(Made who) {
        return mvc.get()
                .uri("/jasen/yritykset/" + who.company())
                .with(authentication(SelfServiceFixtures.member(who)))
                .exchange();
    }

    @Test
    void anApprovedMemberKeepsTheCompanysProfile() {
        Made made = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        assertThat(editForm(made)).hasStatus(403);

        assertThat(claim(made, " " + made.businessId() + " ")).hasStatus3xxRedirection();
        assertThat(claim(made, made.businessId()))
                .hasStatusOk()
                .bodyText()
                .contains("kv-error-summary")
                .contains("jo pyytänyt");
        assertThat(mvc.get()
                        .uri("/jasen")
                        .with(authentication(SelfServiceFixtures.member(made)))
                        .exchange())
                .bodyText()
                .contains("odottaa hyväksyntää");
        assertThat(editForm(made)).as("pending is not approved").hasStatus(403);

        String claim = pendingClaimId(made);
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/vaatimukset/" + claim + "/hyvaksy")
                        .with(authentication(SelfServiceFixtures.member(made)))
                        .with(csrf())
                        .exchange())
                .as("a member cannot approve their own claim")
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/vaatimukset/" + claim + "/hyvaksy")
                        .with(user("kveditori").roles(Roles.EDITOR))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(audit.findByPerson(made.person()))
                .extracting(AuditEntry::action)
                .contains("claim-requested", "claim-approved");

        var form = editForm(made);
        assertThat(form).hasStatusOk().bodyText().contains("Vientiä Norjaan").doesNotContain("name=\"businessId\"");
        long version = SelfServiceFixtures.as(
                SelfServiceFixtures.admin(),
                () -> contacts.company(made.company()).orElseThrow().version());

        // A wrong expiry date and an unknown market come back with the error summary, the answers kept.
        String expires = LocalDate.now().plusMonths(6).toString();
        var invalid = save(made, version, "https://uusi.example.org", "PAST", "2001-01-01");
        assertThat(invalid)
                .hasStatusOk()
                .bodyText()
                .contains("kv-error-summary")
                .contains("href=\"#listings[0]-expires\"")
                .contains("https://uusi.example.org");

        assertThat(save(made, version, "https://uusi.example.org", "NO", expires))
                .hasStatus3xxRedirection();
        var saved = SelfServiceFixtures.as(
                SelfServiceFixtures.admin(),
                () -> contacts.company(made.company()).orElseThrow());
        assertThat(saved.website()).isEqualTo("https://uusi.example.org");
        assertThat(saved.name()).startsWith("Omapalvelu");
        assertThat(saved.businessId()).isEqualTo(made.businessId());
        assertThat(saved.offers()).extracting(CompanyView.ListingView::summary).containsExactly("Kerromme Norjasta");
        assertThat(saved.experiences()).hasSize(2);

        // The change is in the search at once.
        assertThat(mvc.get()
                        .uri("/api/v1/contacts/companies?q=Norjasta&listing=offer")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains(made.company().toString());

        // Saving against the version seen before is a conflict, with the stored version shown.
        assertThat(save(made, version, "https://vanha.example.org", "NO", expires))
                .hasStatus(409)
                .bodyText()
                .contains("id=\"conflict\"");
    }

    MvcTestResult save(Made who, long version, String website, String market, String expires) {
        return mvc.post()
                .uri("/jasen/yritykset/" + who.company())
                .with(authentication(SelfServiceFixtures.member(who)))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("municipality", "179")
                .param("industry", "C")
                .param("size", "small")
                .param("website", website)
                .param("languages", "fi, en")
                .param("description", "Päivitetty itse")
                .param("experiences[0].market", "NO")
                .param("experiences[0].mode", "export")
                .param("experiences[0].since", "2015")
                .param("experiences[0].industry", "C")
                .param("experiences[0].summary", "Vientiä Norjaan")
                .param("experiences[1].market", "SE")
                .param("experiences[1].mode", "partner")
                .param("experiences[1].since", "2020")
                .param("experiences[2].market", "")
                .param("listings[0].kind", "offer")
                .param("listings[0].summary", "Kerromme Norjasta")
                .param("listings[0].market", market)
                .param("listings[0].expires", expires)
                .param("listings[1].kind", "seek")
                .param("listings[1].summary", "")
                .exchange();
    }

    @Test
    void aRejectedClaimGivesNoRightToEdit() {
        Made made = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        assertThat(mvc.post()
                        .uri("/jasen/vaatimukset")
                        .with(authentication(SelfServiceFixtures.member(made)))
                        .with(csrf())
                        .param("company", made.company().toString())
                        .exchange())
                .hasStatus3xxRedirection();
        String claim = pendingClaimId(made);
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/vaatimukset/" + claim + "/hylkaa")
                        .with(user("kvadmin").roles(Roles.ADMIN))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(audit.findByPerson(made.person()))
                .extracting(AuditEntry::action)
                .contains("claim-rejected");
        assertThat(editForm(made)).hasStatus(403);
        assertThat(mvc.get()
                        .uri("/jasen")
                        .with(authentication(SelfServiceFixtures.member(made)))
                        .exchange())
                .bodyText()
                .contains("hylätty");
    }

    @Test
    void revokingAnApprovedClaimTakesTheRightAwayAtOnce() {
        Made made = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        claim(made, made.businessId());
        String claim = pendingClaimId(made);
        mvc.post()
                .uri("/yllapito/kv-tietokanta/vaatimukset/" + claim + "/hyvaksy")
                .with(user("kvadmin").roles(Roles.ADMIN))
                .with(csrf())
                .exchange();
        assertThat(editForm(made)).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/yllapito/kv-tietokanta/vaatimukset")
                        .with(user("kveditori").roles(Roles.EDITOR))
                        .exchange())
                .bodyText()
                .contains("id=\"approved-claims\"")
                .contains("vaatimukset/" + claim + "/peru");

        String revoke = "/yllapito/kv-tietokanta/vaatimukset/" + claim + "/peru";
        assertThat(mvc.post().uri(revoke).with(csrf()).exchange())
                .as("anonymous")
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(revoke)
                        .with(authentication(SelfServiceFixtures.member(made)))
                        .with(csrf())
                        .exchange())
                .as("a member cannot revoke")
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(revoke)
                        .with(user("kveditori").roles(Roles.EDITOR))
                        .exchange())
                .as("without the CSRF token")
                .hasStatus(403);
        assertThat(editForm(made)).as("nothing was revoked yet").hasStatusOk();

        assertThat(mvc.post()
                        .uri(revoke)
                        .with(user("kveditori").roles(Roles.EDITOR))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("notice", "contacts.admin.claims.revoked");
        assertThat(editForm(made)).hasStatus(403);
        assertThat(save(made, 0, "https://ei.example.org", "NO", "2030-01-01")).hasStatus(403);
        assertThat(audit.findByPerson(made.person()))
                .extracting(AuditEntry::action)
                .contains("claim-approved", "claim-revoked");
        assertThat(mvc.get()
                        .uri("/jasen")
                        .with(authentication(SelfServiceFixtures.member(made)))
                        .exchange())
                .bodyText()
                .contains("peruttu");
        // Revoking twice is explained, not an error page; and the member may ask again.
        assertThat(mvc.post()
                        .uri(revoke)
                        .with(user("kveditori").roles(Roles.EDITOR))
                        .with(csrf())
                        .exchange())
                .flash()
                .containsEntry("notice", "contacts.admin.claims.not-approved");
        assertThat(claim(made, made.businessId())).hasStatus3xxRedirection();
    }

    @Test
    void anotherMembersApprovalDoesNotOpenThisCompany() {
        Made owner = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        Made other = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        claim(owner, owner.businessId());
        mvc.post()
                .uri("/yllapito/kv-tietokanta/vaatimukset/" + pendingClaimId(owner) + "/hyvaksy")
                .with(user("kvadmin").roles(Roles.ADMIN))
                .with(csrf())
                .exchange();
        assertThat(editForm(owner)).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/jasen/yritykset/" + owner.company())
                        .with(authentication(SelfServiceFixtures.member(other)))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void unknownOrWrongBusinessIdsAreExplained() {
        Made made = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        assertThat(claim(made, "1234567-8")).hasStatusOk().bodyText().contains("tarkistusnumeroineen");
        assertThat(claim(made, SelfServiceFixtures.newBusinessId()))
                .hasStatusOk()
                .bodyText()
                .contains("Tällä Y-tunnuksella ei ole yritystä");
        assertThat(claim(made, "")).hasStatusOk().bodyText().contains("Anna yrityksen Y-tunnus");
    }
}
