package fi.kvverkosto.contacts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the kv database under {@code /yllapito/kv-tietokanta}: the companies with the records due for review,
 * a company's form (server-side validation with the error summary, optimistic locking), and a company's people with
 * their legal basis, the directory's services each is the contact for, and the actions on their data: export, consent
 * withdrawal, erasure (admins).
 */
@Controller
@RequestMapping(ContactsAdminController.BASE)
class ContactsAdminController {

    static final String BASE = "/yllapito/kv-tietokanta";
    static final String FORM = "companyForm";

    private final Contacts contacts;
    private final SelfService selfService;
    private final SelfServiceMail mail;

    ContactsAdminController(Contacts contacts, SelfService selfService, SelfServiceMail mail) {
        this.contacts = contacts;
        this.selfService = selfService;
        this.mail = mail;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("companies", contacts.allForStaff());
        model.addAttribute("stale", contacts.stale());
        model.addAttribute("labels", new ContactLabels(contacts.codes()));
        model.addAttribute("mailOn", mail.enabled());
        model.addAttribute("pendingClaims", selfService.pending().size());
        return "contacts/admin/companies";
    }

    /** Records not confirmed or updated within the review period, for staff to check (the retention rule). */
    @GetMapping("/tarkistettavat")
    String stale(Model model) {
        model.addAttribute("stale", contacts.stale());
        model.addAttribute("mailOn", mail.enabled());
        return "contacts/admin/stale";
    }

    /** Members' pending claims to keep a company's profile, for staff to approve or reject. */
    @GetMapping("/vaatimukset")
    String claims(Model model) {
        model.addAttribute("claims", selfService.pending());
        model.addAttribute("approved", selfService.approved());
        return "contacts/admin/claims";
    }

    /** Takes back an approved claim: the member can no longer edit the company, from their next request on. */
    @PostMapping("/vaatimukset/{claim}/peru")
    String revoke(@PathVariable UUID claim, RedirectAttributes redirect) {
        try {
            selfService.revoke(claim);
            redirect.addFlashAttribute("notice", "contacts.admin.claims.revoked");
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("notice", "contacts.admin.claims.not-approved");
        }
        return "redirect:" + BASE + "/vaatimukset";
    }

    @PostMapping("/vaatimukset/{claim}/hyvaksy")
    String approve(@PathVariable UUID claim, RedirectAttributes redirect) {
        selfService.decide(claim, true);
        redirect.addFlashAttribute("notice", "contacts.admin.claims.approved");
        return "redirect:" + BASE + "/vaatimukset";
    }

    @PostMapping("/vaatimukset/{claim}/hylkaa")
    String reject(@PathVariable UUID claim, RedirectAttributes redirect) {
        selfService.decide(claim, false);
        redirect.addFlashAttribute("notice", "contacts.admin.claims.rejected");
        return "redirect:" + BASE + "/vaatimukset";
    }

    @GetMapping("/uusi")
    String newCompany(Model model) {
        return form(null, CompanyForm.blank(), false, model);
    }

    @PostMapping("/uusi")
    String create(
            @ModelAttribute(FORM) CompanyForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return save(null, form, errors, model, redirect, null);
    }

    @GetMapping("/{id}")
    String company(@PathVariable UUID id, Model model) {
        var company = staffView(id);
        model.addAttribute("company", company);
        model.addAttribute("labels", new ContactLabels(contacts.codes()));
        model.addAttribute("isAdmin", Audience.currentIsAdmin());
        return "contacts/admin/company";
    }

    @GetMapping("/{id}/muokkaa")
    String edit(@PathVariable UUID id, Model model) {
        var form = CompanyForm.of(staffView(id), contacts.today())
                .withVisibility(contacts.chosenVisibility(id))
                .withBlankRows();
        return form(id, form, false, model);
    }

    @PostMapping("/{id}/muokkaa")
    String update(
            @PathVariable UUID id,
            @ModelAttribute(FORM) CompanyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(id, form, errors, model, redirect, response);
    }

    /** Archives the company instead of deleting it, against the version the user saw. */
    @PostMapping("/{id}/arkistoi")
    String archive(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam long version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return archived(
                id, contacts.archiveCompany(id, version), "contacts.admin.notice.archived", model, redirect, response);
    }

    /** Takes the company back from the archive, against the version the user saw. */
    @PostMapping("/{id}/palauta")
    String restore(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam long version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return archived(
                id, contacts.restoreCompany(id, version), "contacts.admin.notice.restored", model, redirect, response);
    }

    private String archived(
            UUID id,
            Contacts.Outcome outcome,
            String notice,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (outcome instanceof Contacts.Outcome.Conflict) {
            // Someone changed the company since the page was shown: nothing was done; the page as it is now.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("archiveConflict", true);
            return company(id, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/tarkistettu")
    String reviewed(@PathVariable UUID id, RedirectAttributes redirect) {
        contacts.markReviewed(id);
        redirect.addFlashAttribute("notice", "contacts.admin.notice.reviewed");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/henkilot/{person}/peru-suostumus")
    String withdraw(
            @PathVariable UUID person,
            @org.springframework.web.bind.annotation.RequestParam("yritys") UUID company,
            RedirectAttributes redirect) {
        contacts.withdrawConsent(person);
        redirect.addFlashAttribute("notice", "contacts.admin.notice.withdrawn");
        return "redirect:" + BASE + "/" + company;
    }

    @PostMapping("/henkilot/{person}/poista")
    String erase(
            @PathVariable UUID person,
            @org.springframework.web.bind.annotation.RequestParam("yritys") UUID company,
            RedirectAttributes redirect) {
        contacts.erase(person);
        redirect.addFlashAttribute("notice", "contacts.admin.notice.erased");
        return "redirect:" + BASE + "/" + company;
    }

    // ---- people ----

    static final String PERSON_FORM = "personForm";

    @GetMapping("/{id}/henkilot/uusi")
    String newPerson(@PathVariable UUID id, Model model) {
        return personForm(staffView(id), null, PersonForm.blank(id), false, model);
    }

    @PostMapping("/{id}/henkilot/uusi")
    String createPerson(
            @PathVariable UUID id,
            @ModelAttribute(PERSON_FORM) PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var company = staffView(id);
        form.setCompanyId(id);
        return savePerson(company, null, form, errors, model, redirect, null);
    }

    @GetMapping("/henkilot/{person}/muokkaa")
    String editPerson(@PathVariable UUID person, Model model) {
        var form = contacts.personForm(person).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return personForm(companyOf(form), person, form, false, model);
    }

    /** Rectification: staff correct a person's data (recorded in the audit log), guarded by the version they saw. */
    @PostMapping("/henkilot/{person}/muokkaa")
    String updatePerson(
            @PathVariable UUID person,
            @ModelAttribute(PERSON_FORM) PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var stored = contacts.personForm(person).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // The person stays with their company: moving a person is not this form's question.
        form.setCompanyId(stored.getCompanyId());
        form.setOrganisationId(stored.getOrganisationId());
        return savePerson(companyOf(stored), person, form, errors, model, redirect, response);
    }

    private CompanyView companyOf(PersonForm form) {
        return form.getCompanyId() == null ? null : staffView(form.getCompanyId());
    }

    private String savePerson(
            CompanyView company,
            UUID id,
            PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var outcome = id == null
                ? contacts.createPerson(form.input(), form.getServices())
                : contacts.updatePerson(
                        id, form.getVersion() == null ? -1 : form.getVersion(), form.input(), form.getServices());
        return switch (outcome) {
            case Contacts.Outcome.Saved saved -> {
                redirect.addFlashAttribute("notice", "contacts.admin.person.saved");
                yield company == null ? "redirect:" + BASE : "redirect:" + BASE + "/" + company.id();
            }
            case Contacts.Outcome.Invalid invalid -> {
                invalid.problems().forEach(p -> errors.rejectValue(PersonForm.formField(p), p.code()));
                yield personForm(company, id, form, true, model);
            }
            case Contacts.Outcome.Conflict conflict -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("stored", contacts.personForm(id).orElseThrow());
                form.setVersion(conflict.storedVersion());
                yield personForm(company, id, form, false, model);
            }
        };
    }

    private String personForm(CompanyView company, UUID id, PersonForm form, boolean invalid, Model model) {
        model.addAttribute(PERSON_FORM, form);
        model.addAttribute("company", company);
        model.addAttribute("personId", id);
        model.addAttribute("fields", PersonField.values());
        model.addAttribute("levels", Visibility.values());
        model.addAttribute("bases", LegalBasis.values());
        model.addAttribute(
                "serviceGroups",
                contacts.serviceChoices(
                        form.getServices(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("invalid", invalid);
        model.addAttribute(
                "formAction",
                id == null ? BASE + "/" + company.id() + "/henkilot/uusi" : BASE + "/henkilot/" + id + "/muokkaa");
        return "contacts/admin/person-form";
    }

    private CompanyView staffView(UUID id) {
        return contacts.company(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String save(
            UUID id,
            CompanyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CompanyView stored = id == null ? null : staffView(id);
        var unreadable = form.unreadable();
        long version = form.getVersion() == null ? -1 : form.getVersion();
        var outcome = !unreadable.isEmpty()
                ? new Contacts.Outcome.Invalid(unreadable)
                : id == null ? contacts.createCompany(form.input()) : contacts.updateCompany(id, version, form.input());
        return switch (outcome) {
            case Contacts.Outcome.Saved saved -> {
                redirect.addFlashAttribute("notice", "contacts.admin.notice.saved");
                yield "redirect:" + BASE + "/" + saved.id();
            }
            case Contacts.Outcome.Invalid invalid -> {
                for (var problem : invalid.problems()) {
                    errors.rejectValue(
                            unreadable.isEmpty() ? form.formField(problem) : problem.field(), problem.code());
                }
                yield form(id, form.withBlankRows(), true, model);
            }
            case Contacts.Outcome.Conflict conflict -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("stored", stored);
                form.setVersion(conflict.storedVersion());
                yield form(id, form.withBlankRows(), false, model);
            }
        };
    }

    private String form(UUID id, CompanyForm form, boolean invalid, Model model) {
        model.addAttribute(FORM, form);
        model.addAttribute("companyId", id);
        model.addAttribute("codes", new ContactChoices(contacts.codes()));
        model.addAttribute("invalid", invalid);
        model.addAttribute("formAction", id == null ? BASE + "/uusi" : BASE + "/" + id + "/muokkaa");
        return "contacts/admin/company-form";
    }
}
