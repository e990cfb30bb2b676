package fi.kvverkosto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who each revision names; {@link UserManagementTests} checks the same through Envers and a real change. */
class AuditRevisionListenerTests {

    final AuditRevisionListener listener = new AuditRevisionListener();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsTheSignedInUser() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "maija", null, AuthorityUtils.createAuthorityList(Roles.ROLE_EDITOR)));

        assertThat(revision().username()).isEqualTo("maija");
    }

    @Test
    void recordsSystemWithoutASignedInUser() {
        assertThat(revision().username()).isEqualTo("system");

        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(revision().username()).isEqualTo("system");

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated("maija", List.of()));
        assertThat(revision().username()).isEqualTo("system");
    }

    private AuditRevision revision() {
        var revision = new AuditRevision();
        listener.newRevision(revision);
        return revision;
    }
}
