package fi.kvverkosto.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where staff land after signing in: what they may do here, with links to the staff pages their role opens. */
@Controller
class StaffDashboardController {

    private final StaffAccounts accounts;
    private final EditorAccess access;
    private final ObjectProvider<OrganisationOptions> organisations;

    StaffDashboardController(
            StaffAccounts accounts, EditorAccess access, ObjectProvider<OrganisationOptions> organisations) {
        this.accounts = accounts;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping(SecurityConfiguration.STAFF_HOME)
    String dashboard(Authentication authentication, Locale locale, Model model) {
        String name = accounts.findByUsername(authentication.getName())
                .map(StaffAccounts.Account::displayName)
                .orElse(authentication.getName());
        model.addAttribute("displayName", name);
        model.addAttribute("admin", access.isAdmin());
        model.addAttribute("myOrganisations", assigned(authentication, locale));
        return "identity/dashboard";
    }

    /** The organisations the signed-in user's authorities name, as the directory calls them. */
    private List<OrganisationOptions.Option> assigned(Authentication authentication, Locale locale) {
        Set<UUID> ids = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(Roles.ORGANISATION_PREFIX))
                .map(authority -> authority.substring(Roles.ORGANISATION_PREFIX.length()))
                .map(StaffDashboardController::uuid)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return List.of();
        }
        OrganisationOptions options = organisations.getIfAvailable();
        if (options == null) {
            return List.of();
        }
        return options.organisations(locale).stream()
                .filter(option -> ids.contains(option.id()))
                .toList();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
