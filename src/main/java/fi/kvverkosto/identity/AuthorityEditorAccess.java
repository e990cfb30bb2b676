package fi.kvverkosto.identity;

import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Decides from the signed-in user's authorities; see {@link Roles}. */
@Component
class AuthorityEditorAccess implements EditorAccess {

    @Override
    public boolean canEditOrganisation(UUID organisationId) {
        return isAdmin() || has(Roles.organisationAuthority(organisationId));
    }

    @Override
    public boolean isAdmin() {
        return has(Roles.ROLE_ADMIN);
    }

    private static boolean has(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
    }
}
