package fi.kvverkosto.identity;

import fi.kvverkosto.identity.AccountForms.AccountChanges;
import fi.kvverkosto.identity.AccountForms.NewAccount;
import fi.kvverkosto.identity.AccountForms.PasswordReset;
import jakarta.validation.Valid;
import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * User management for admins: the list of staff accounts, creating one, changing its role, organisations and state,
 * and setting a new password. Every form is validated on the server, keeps the admin's answers on error and is
 * rejected whole when the account changed after the form was opened.
 */
@Controller
@RequestMapping(UserManagementController.BASE)
@PreAuthorize("hasRole('ADMIN')")
class UserManagementController {

    static final String BASE = "/yllapito/kayttajat";

    /** The region's time: sign-in times are shown as its staff read the clock. */
    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private final StaffAccounts accounts;
    private final ObjectProvider<OrganisationOptions> organisationOptions;
    private final MessageSource messages;

    UserManagementController(
            StaffAccounts accounts, ObjectProvider<OrganisationOptions> organisationOptions, MessageSource messages) {
        this.accounts = accounts;
        this.organisationOptions = organisationOptions;
        this.messages = messages;
    }

    /** One account in the list. */
    record Row(
            UUID id,
            String username,
            String displayName,
            String email,
            StaffRole role,
            boolean enabled,
            List<OrganisationOptions.Option> organisations,
            String lastSignIn) {}

    @GetMapping
    String list(Locale locale, Model model) {
        Map<UUID, OrganisationOptions.Option> byId = organisations(locale).stream()
                .collect(Collectors.toMap(OrganisationOptions.Option::id, Function.identity()));
        List<Row> rows = accounts.all().stream()
                .map(a -> new Row(
                        a.id(),
                        a.username(),
                        a.displayName(),
                        a.email(),
                        a.role(),
                        a.enabled(),
                        withUnavailable(byId, a.organisations(), locale),
                        format(a.lastSignInAt(), locale)))
                .toList();
        model.addAttribute("rows", rows);
        return "identity/users";
    }

    @GetMapping("/uusi")
    String newAccount(Locale locale, Model model) {
        model.addAttribute("form", NewAccount.blank());
        return newAccountPage(Set.of(), locale, model);
    }

    @PostMapping("/uusi")
    String create(
            @Valid @ModelAttribute("form") NewAccount form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Set<UUID> organisationIds = organisationIds(form.organisations(), Set.of(), locale, result);
        boolean generate = AccountForms.GENERATE.equals(form.passwordChoice());
        if (AccountForms.TYPE.equals(form.passwordChoice())) {
            Passwords.problem(form.username(), form.password()).ifPresent(key -> result.rejectValue("password", key));
        }
        if (result.hasErrors()) {
            return newAccountPage(organisationIds, locale, model);
        }
        String password = generate ? Passwords.generate() : form.password();
        try {
            var account = accounts.create(
                    form.username(),
                    new StaffAccounts.Details(
                            form.displayName().strip(),
                            blankToNull(form.email()),
                            StaffRole.valueOf(form.role()),
                            organisationIds,
                            true),
                    password);
            redirect.addFlashAttribute("notice", "identity.users.created");
            redirect.addFlashAttribute("noticeArgs", new Object[] {account.username()});
            if (generate) {
                redirect.addFlashAttribute("generatedPassword", password);
            }
            return "redirect:" + BASE + "/" + account.id();
        } catch (AccountChangeRejected e) {
            reject(result, e);
            return newAccountPage(organisationIds, locale, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Locale locale, Model model) {
        var account = existing(id);
        model.addAttribute("form", AccountChanges.of(account));
        return editPage(account, locale, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AccountChanges form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var account = existing(id);
        Set<UUID> organisationIds = organisationIds(form.organisations(), account.organisations(), locale, result);
        if (form.version() == null) {
            reject(result, AccountChangeRejected.stale());
        }
        if (result.hasErrors()) {
            return editPage(account, locale, model);
        }
        try {
            accounts.update(
                    id,
                    form.version(),
                    new StaffAccounts.Details(
                            form.displayName().strip(),
                            blankToNull(form.email()),
                            StaffRole.valueOf(form.role()),
                            organisationIds,
                            Boolean.TRUE.equals(form.enabled())));
        } catch (AccountChangeRejected e) {
            reject(result, e);
            return editPage(account, locale, model);
        } catch (OptimisticLockingFailureException e) {
            reject(result, AccountChangeRejected.stale());
            return editPage(account, locale, model);
        }
        redirect.addFlashAttribute("notice", "identity.users.saved");
        redirect.addFlashAttribute("noticeArgs", new Object[] {account.username()});
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}/salasana")
    String resetPasswordForm(@PathVariable UUID id, Model model) {
        var account = existing(id);
        model.addAttribute("form", new PasswordReset(account.version(), AccountForms.GENERATE, null));
        model.addAttribute("account", account);
        return "identity/user-password";
    }

    @PostMapping("/{id}/salasana")
    String resetPassword(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PasswordReset form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var account = existing(id);
        model.addAttribute("account", account);
        boolean generate = AccountForms.GENERATE.equals(form.passwordChoice());
        if (AccountForms.TYPE.equals(form.passwordChoice())) {
            Passwords.problem(account.username(), form.password())
                    .ifPresent(key -> result.rejectValue("password", key));
        }
        if (form.version() == null) {
            reject(result, AccountChangeRejected.stale());
        }
        if (result.hasErrors()) {
            return "identity/user-password";
        }
        String password = generate ? Passwords.generate() : form.password();
        try {
            accounts.resetPassword(id, form.version(), password);
        } catch (AccountChangeRejected e) {
            reject(result, e);
            return "identity/user-password";
        } catch (OptimisticLockingFailureException e) {
            reject(result, AccountChangeRejected.stale());
            return "identity/user-password";
        }
        redirect.addFlashAttribute("notice", "identity.users.reset.done");
        redirect.addFlashAttribute("noticeArgs", new Object[] {account.username()});
        if (generate) {
            redirect.addFlashAttribute("generatedPassword", password);
        }
        return "redirect:" + BASE + "/" + id;
    }

    private String newAccountPage(Collection<UUID> chosen, Locale locale, Model model) {
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("organisationOptions", choices(chosen, locale));
        return "identity/user-new";
    }

    private String editPage(StaffAccounts.Account account, Locale locale, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("organisationOptions", choices(account.organisations(), locale));
        model.addAttribute("createdAt", format(account.createdAt(), locale));
        model.addAttribute("passwordChangedAt", format(account.passwordChangedAt(), locale));
        model.addAttribute("lastSignIn", format(account.lastSignInAt(), locale));
        return "identity/user-edit";
    }

    private StaffAccounts.Account existing(UUID id) {
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The organisations to offer: the directory's, plus any the account already has that the directory no longer
     * offers (archived), so that saving the form never drops an assignment the admin did not see.
     */
    private List<OrganisationOptions.Option> choices(Collection<UUID> assigned, Locale locale) {
        List<OrganisationOptions.Option> options = new ArrayList<>(organisations(locale));
        Set<UUID> offered = options.stream().map(OrganisationOptions.Option::id).collect(Collectors.toSet());
        assigned.stream()
                .filter(id -> !offered.contains(id))
                .sorted()
                .forEach(id -> options.add(unavailable(id, locale)));
        return options;
    }

    private List<OrganisationOptions.Option> withUnavailable(
            Map<UUID, OrganisationOptions.Option> byId, Set<UUID> ids, Locale locale) {
        return ids.stream()
                .map(id -> byId.getOrDefault(id, unavailable(id, locale)))
                .sorted(Comparator.comparing(OrganisationOptions.Option::name, Collator.getInstance(locale)))
                .toList();
    }

    private OrganisationOptions.Option unavailable(UUID id, Locale locale) {
        return new OrganisationOptions.Option(
                id, messages.getMessage("identity.users.organisations.unavailable", new Object[] {id}, locale), null);
    }

    /** The chosen organisations, each of which must be one offered (or already assigned); errors go on the field. */
    private Set<UUID> organisationIds(
            List<String> chosen, Collection<UUID> assigned, Locale locale, BindingResult result) {
        Set<UUID> allowed = new LinkedHashSet<>(assigned);
        organisations(locale).forEach(option -> allowed.add(option.id()));
        Set<UUID> ids = new LinkedHashSet<>();
        for (String value : chosen == null ? List.<String>of() : chosen) {
            Optional<UUID> id = uuid(value).filter(allowed::contains);
            if (id.isEmpty()) {
                if (!result.hasFieldErrors("organisations")) {
                    result.rejectValue("organisations", "identity.users.organisations.invalid");
                }
            } else {
                ids.add(id.get());
            }
        }
        return ids;
    }

    private List<OrganisationOptions.Option> organisations(Locale locale) {
        OrganisationOptions options = organisationOptions.getIfAvailable();
        return options == null ? List.of() : options.organisations(locale);
    }

    private static void reject(BindingResult result, AccountChangeRejected e) {
        if (e.field() == null) {
            result.reject(e.messageKey());
        } else {
            result.rejectValue(e.field(), e.messageKey());
        }
    }

    static String format(Instant instant, Locale locale) {
        if (instant == null) {
            return null;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(ZONE));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
