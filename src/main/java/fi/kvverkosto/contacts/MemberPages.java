package fi.kvverkosto.contacts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The members' pages of the kv database ({@code /jasen}): asking for a one-time sign-in link, using it, the member's
 * own page with their claims, and the form in which a member with an approved claim keeps their company's profile.
 *
 * <p>Opening a link only shows a button: the link is used by the POST it sends, so that a mail scanner that follows
 * links does not spend it. Using it signs the person in as a member (a new session id, CSRF as everywhere).
 */
@Controller
class MemberPages {

    static final String HOME = "/jasen";
    static final String SIGN_IN = HOME + "/kirjaudu";
    static final String FORM = "memberCompanyForm";

    private final SignInLinks links;
    private final SelfService selfService;
    private final SelfServiceMail mail;
    private final Contacts contacts;
    private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();
    private final org.springframework.security.web.csrf.CsrfTokenRepository csrfTokens =
            new org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository();

    MemberPages(SignInLinks links, SelfService selfService, SelfServiceMail mail, Contacts contacts) {
        this.links = links;
        this.selfService = selfService;
        this.mail = mail;
        this.contacts = contacts;
    }

    /** The e-mail address a person asks a link for. */
    public static class LinkRequest {
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    /** A member's claim of a company: by Business ID, or by the company's id from its page. */
    public static class ClaimRequest {
        private String businessId;
        private UUID company;

        public String getBusinessId() {
            return businessId;
        }

        public void setBusinessId(String businessId) {
            this.businessId = businessId;
        }

        public UUID getCompany() {
            return company;
        }

        public void setCompany(UUID company) {
            this.company = company;
        }
    }

    // ---- signing in ----

    @GetMapping(SIGN_IN)
    String signIn(@RequestParam(name = "peruttu", required = false) String withdrawn, Model model) {
        model.addAttribute("withdrawn", withdrawn != null);
        if (!model.containsAttribute("linkRequest")) {
            model.addAttribute("linkRequest", new LinkRequest());
        }
        model.addAttribute("mailOn", mail.enabled());
        return "contacts/member/sign-in";
    }

    @PostMapping(SIGN_IN)
    String requestLink(
            @ModelAttribute("linkRequest") LinkRequest form,
            BindingResult errors,
            HttpServletRequest request,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String email = form.getEmail() == null ? "" : form.getEmail().strip();
        if (email.isEmpty() || email.length() > 254 || !ContactValidation.isEmail(email)) {
            errors.rejectValue("email", "contacts.member.sign-in.email.invalid");
            model.addAttribute("mailOn", mail.enabled());
            model.addAttribute("invalid", true);
            return "contacts/member/sign-in";
        }
        var outcome = links.request(email, request.getRemoteAddr(), locale);
        redirect.addFlashAttribute("outcome", outcome.name());
        redirect.addFlashAttribute("linkRequest", form);
        return "redirect:" + SIGN_IN;
    }

    @GetMapping(HOME + "/linkki/{token}")
    String link(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "contacts/member/link";
    }

    @PostMapping(HOME + "/linkki/{token}")
    String useLink(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        var redeemed = links.redeem(token);
        if (redeemed.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("token", token);
            model.addAttribute("refused", true);
            return "contacts/member/link";
        }
        var member = redeemed.get().member();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                member, null, AuthorityUtils.createAuthorityList(fi.kvverkosto.identity.Roles.ROLE_MEMBER));
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
        // As after a password sign-in: the CSRF token of the anonymous session is not carried into the member's.
        csrfTokens.saveToken(null, request, response);
        return SignInToken.REVIEW.equals(redeemed.get().purpose())
                ? "redirect:" + HOME + "#tietosi"
                : "redirect:" + HOME;
    }

    /** The member confirms their data is still right. */
    @PostMapping(HOME + "/vahvista")
    String confirm(RedirectAttributes redirect) {
        selfService.confirmOwnRecord(member());
        redirect.addFlashAttribute("notice", "contacts.member.notice.confirmed");
        return "redirect:" + HOME;
    }

    /** The member withdraws their consent: nobody but staff sees them from now on, and they are signed out. */
    @PostMapping(HOME + "/peru-suostumus")
    String withdraw(HttpServletRequest request) throws jakarta.servlet.ServletException {
        selfService.withdrawOwnConsent(member());
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:" + SIGN_IN + "?peruttu";
    }

    // ---- the member's own page and claims ----

    @GetMapping(HOME)
    String home(Model model) {
        var member = member();
        model.addAttribute("overview", selfService.overview(member));
        if (!model.containsAttribute("claimRequest")) {
            model.addAttribute("claimRequest", new ClaimRequest());
        }
        return "contacts/member/home";
    }

    @PostMapping(HOME + "/vaatimukset")
    String claim(
            @ModelAttribute("claimRequest") ClaimRequest form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var member = member();
        var problem = selfService.claim(member, form.getBusinessId(), form.getCompany());
        if (problem != null) {
            errors.rejectValue("businessId", problem.code());
            model.addAttribute("overview", selfService.overview(member));
            model.addAttribute("invalid", true);
            return "contacts/member/home";
        }
        redirect.addFlashAttribute("notice", "contacts.member.claim.sent");
        return "redirect:" + HOME;
    }

    // ---- keeping the company's profile ----

    @GetMapping(HOME + "/yritykset/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var member = member();
        var company = selfService.editable(member, id);
        var form = CompanyForm.of(company, contacts.today())
                .withVisibility(selfService.chosenVisibility(member, id))
                .withBlankRows();
        return form(company, form, false, model);
    }

    @PostMapping(HOME + "/yritykset/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute(FORM) CompanyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var member = member();
        var company = selfService.editable(member, id);
        var unreadable = form.unreadable();
        var outcome = unreadable.isEmpty()
                ? selfService.update(member, id, form.getVersion() == null ? -1 : form.getVersion(), form.input())
                : new Contacts.Outcome.Invalid(unreadable);
        return switch (outcome) {
            case Contacts.Outcome.Saved saved -> {
                redirect.addFlashAttribute("notice", "contacts.member.notice.saved");
                yield "redirect:" + HOME + "/yritykset/" + id;
            }
            case Contacts.Outcome.Invalid invalid -> {
                for (var problem : invalid.problems()) {
                    String field = unreadable.isEmpty() ? form.formField(problem) : problem.field();
                    errors.rejectValue(field, problem.code());
                }
                yield form(company, form.withBlankRows(), true, model);
            }
            case Contacts.Outcome.Conflict conflict -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("stored", company);
                form.setVersion(conflict.storedVersion());
                yield form(company, form.withBlankRows(), false, model);
            }
        };
    }

    /** The signed-in member; a user of another kind (staff, say) has no member's page. */
    private static Member member() {
        return Audience.currentMember()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not a member"));
    }

    private String form(CompanyView company, CompanyForm form, boolean invalid, Model model) {
        model.addAttribute(FORM, form);
        model.addAttribute("company", company);
        model.addAttribute("codes", new ContactChoices(contacts.codes()));
        model.addAttribute("invalid", invalid);
        return "contacts/member/company-form";
    }
}
