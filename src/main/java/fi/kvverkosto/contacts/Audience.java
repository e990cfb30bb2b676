package fi.kvverkosto.contacts;

import fi.kvverkosto.identity.Roles;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whom a page or an API answer is for, which decides what of a record they see ({@link ContactViews}). Staff are
 * editors and admins; members are other signed-in users; everyone else is anonymous.
 */
public enum Audience {
    ANONYMOUS,
    MEMBER,
    STAFF;

    /** The audience of the current request's user. */
    static Audience current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Audience of(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (Roles.ROLE_ADMIN.equals(name) || Roles.ROLE_EDITOR.equals(name)) {
                return STAFF;
            }
        }
        return MEMBER;
    }

    /** Whether the current user is an admin, who alone may erase a person. */
    static boolean currentIsAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> Roles.ROLE_ADMIN.equals(a.getAuthority()));
    }

    static String currentName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
