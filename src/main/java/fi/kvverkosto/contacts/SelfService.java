package fi.kvverkosto.contacts;

import fi.kvverkosto.contacts.ContactValidation.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in member may do with the kv database: see their own record, claim a company (pending until staff
 * approve it), and once approved keep that company's profile — its own fields, experiences, offers and seeks — through
 * the same validation, optimistic locking and re-indexing as staff edits ({@link Contacts#saveCompany}). The name and
 * Business ID stay as staff or the trade register set them. Staff decide the claims; each decision is in the audit log.
 */
@Service
@Transactional(readOnly = true)
class SelfService {

    private final Contacts contacts;
    private final CompanyRepository companies;
    private final PersonRepository people;
    private final ClaimRepository claims;
    private final AuditRepository audit;
    private final Clock clock;

    SelfService(
            Contacts contacts,
            CompanyRepository companies,
            PersonRepository people,
            ClaimRepository claims,
            AuditRepository audit,
            Clock clock) {
        this.contacts = contacts;
        this.companies = companies;
        this.people = people;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    /** A claim as its member or staff see it. */
    record ClaimView(
            UUID id,
            UUID companyId,
            String companyName,
            String businessId,
            UUID personId,
            String personName,
            String personEmail,
            Claim.Status status,
            Instant requestedAt) {}

    /** A member's own page: who they are, their company in the kv database, their claims. */
    record Overview(CompanyView.PersonView person, String companyName, UUID companyId, List<ClaimView> claims) {}

    Overview overview(Member member) {
        var person = self(member);
        var company = person.company();
        return new Overview(
                ContactViews.person(person, Audience.STAFF),
                company == null ? null : company.name(),
                company == null ? null : company.id(),
                views(claims.findByPerson(person.id())));
    }

    /** Claims a company by its Business ID or id: a problem code for the field, or null when the claim was made. */
    @Transactional
    FieldProblem claim(Member member, String businessId, UUID companyId) {
        var person = self(member);
        Company company;
        if (companyId != null) {
            company = companies.findById(companyId).orElse(null);
        } else {
            String normalised = BusinessId.normalise(businessId);
            if (normalised == null) {
                return new FieldProblem("businessId", "contacts.member.claim.required");
            }
            if (!BusinessId.isValid(normalised)) {
                return new FieldProblem("businessId", "contacts.error.business-id");
            }
            company = companies.findByBusinessId(normalised).orElse(null);
        }
        if (company == null || company.archived()) {
            return new FieldProblem("businessId", "contacts.member.claim.unknown");
        }
        if (claims.isOpenOrApproved(person.id(), company.id())) {
            return new FieldProblem("businessId", "contacts.member.claim.exists");
        }
        var claim = claims.save(new Claim(company.id(), person.id(), clock.instant()));
        log("claim-requested", person.id(), company.id(), Audience.currentName(), "claim " + claim.id());
        return null;
    }

    List<ClaimView> pending() {
        requireStaff();
        return views(claims.findPending());
    }

    /** Approved claims: who keeps which company's profile, for staff to revoke. */
    List<ClaimView> approved() {
        requireStaff();
        return views(claims.findApproved());
    }

    /**
     * Staff revoke an approved claim (recorded in the audit log): the member's next request to edit the company is
     * refused, since every edit checks the claim again.
     */
    @Transactional
    void revoke(UUID claimId) {
        requireStaff();
        var claim = claims.findById(claimId).orElseThrow(() -> new Contacts.NoSuchRecordException(claimId));
        claim.revoke(Audience.currentName(), clock.instant());
        log("claim-revoked", claim.personId(), claim.companyId(), Audience.currentName(), "claim " + claim.id());
    }

    /** Staff approve or reject a pending claim (recorded in the audit log). */
    @Transactional
    void decide(UUID claimId, boolean approve) {
        requireStaff();
        var claim = claims.findById(claimId).orElseThrow(() -> new Contacts.NoSuchRecordException(claimId));
        claim.decide(approve, Audience.currentName(), clock.instant());
        log(
                approve ? "claim-approved" : "claim-rejected",
                claim.personId(),
                claim.companyId(),
                Audience.currentName(),
                "claim " + claim.id());
    }

    /** The company as its member keeps it (every field, none of its people), if the member's claim is approved. */
    CompanyView editable(Member member, UUID companyId) {
        requireApproved(member, companyId);
        var company = companies
                .findById(companyId)
                .filter(c -> !c.archived())
                .orElseThrow(() -> new Contacts.NoSuchRecordException(companyId));
        return ContactViews.company(company, Audience.STAFF, contacts.today(), null);
    }

    /** The visibility chosen for each of the company's fields that differs from the standard, by field key. */
    Map<String, String> chosenVisibility(Member member, UUID companyId) {
        requireApproved(member, companyId);
        return Contacts.chosenVisibility(companies.findById(companyId).orElseThrow());
    }

    /**
     * Saves the member's changes to their company: name and Business ID are kept as stored; everything else is checked
     * like a staff edit, against the version the member saw.
     */
    @Transactional
    Contacts.Outcome update(Member member, UUID companyId, long version, CompanyInput changes) {
        requireApproved(member, companyId);
        // An archived company is kept by staff only.
        var company = companies
                .findById(companyId)
                .filter(c -> !c.archived())
                .orElseThrow(() -> new Contacts.NoSuchRecordException(companyId));
        var input = new CompanyInput(
                company.businessId(),
                company.name(),
                changes.municipality(),
                changes.industry(),
                changes.size(),
                changes.website(),
                changes.languages(),
                changes.description(),
                changes.visibility(),
                changes.experiences(),
                changes.listings());
        return contacts.saveCompany(company, version, input, company.demo());
    }

    /** The member confirms their record is still right (the retention reminder's question). */
    @Transactional
    void confirmOwnRecord(Member member) {
        var person = self(member);
        person.markReviewed(clock.instant());
        log(
                "review-confirmed",
                person.id(),
                person.company() == null ? null : person.company().id(),
                Audience.currentName(),
                null);
    }

    /** The member withdraws their consent: at once, everywhere, the search index included. */
    @Transactional
    void withdrawOwnConsent(Member member) {
        contacts.withdrawOwnConsent(self(member).id());
    }

    private void requireApproved(Member member, UUID companyId) {
        var person = self(member);
        if (!claims.isApproved(person.id(), companyId)) {
            throw new AccessDeniedException("Only a member with an approved claim keeps a company's profile");
        }
    }

    /** The member's own record, while they may still sign in (consent withdrawn or erased: no longer). */
    private Person self(Member member) {
        return people.findById(member.personId())
                .filter(Person::maySignIn)
                .orElseThrow(() -> new AccessDeniedException("No longer a member"));
    }

    private List<ClaimView> views(List<Claim> list) {
        Map<UUID, Company> byId = companies
                .findAllById(list.stream().map(Claim::companyId).toList())
                .stream()
                .collect(Collectors.toMap(Company::id, Function.identity()));
        Map<UUID, Person> who = people
                .findAllById(list.stream().map(Claim::personId).toList())
                .stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return list.stream()
                .map(c -> {
                    var company = byId.get(c.companyId());
                    var person = who.get(c.personId());
                    return new ClaimView(
                            c.id(),
                            c.companyId(),
                            company == null ? null : company.name(),
                            company == null ? null : company.businessId(),
                            c.personId(),
                            person == null ? null : person.name(),
                            person == null ? null : person.email(),
                            c.status(),
                            c.requestedAt());
                })
                .toList();
    }

    private void log(String action, UUID personId, UUID companyId, String actor, String note) {
        audit.save(new AuditEntry(clock.instant(), actor, action, personId, companyId, note));
    }

    private static void requireStaff() {
        if (Audience.current() != Audience.STAFF) {
            throw new AccessDeniedException("Deciding claims is for staff");
        }
    }
}
