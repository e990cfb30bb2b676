package fi.kvverkosto.contacts;

import fi.kvverkosto.identity.Roles;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whom a page or an API answer is for, which decides what of a record they see ({@link ContactViews}). Staff are
 * editors and admins; members are people of the kv database signed in with a one-time link (role {@code MEMBER});
 * everyone else, including a signed-in user with neither role, is anonymous.
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
        boolean member = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (Roles.ROLE_ADMIN.equals(name) || Roles.ROLE_EDITOR.equals(name)) {
                return STAFF;
            }
            member |= Roles.ROLE_MEMBER.equals(name);
        }
        return member ? MEMBER : ANONYMOUS;
    }

    /** Whether the current user is an admin, who alone may erase a person. */
    static boolean currentIsAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> Roles.ROLE_ADMIN.equals(a.getAuthority()));
    }

    /** Who acts, for the audit log: a staff account's username, or {@code member:<person id>}. */
    static String currentName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "system";
        }
        if (authentication.getPrincipal() instanceof Member member) {
            return "member:" + member.personId();
        }
        return authentication.getName();
    }

    /** The signed-in member, if the current user is one. */
    static java.util.Optional<Member> currentMember() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                        && authentication.getPrincipal() instanceof Member member
                        && of(authentication) == MEMBER
                ? java.util.Optional.of(member)
                : java.util.Optional.empty();
    }
}
