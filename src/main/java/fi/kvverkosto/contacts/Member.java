package fi.kvverkosto.contacts;

import java.io.Serializable;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A person of the kv database signed in with a one-time e-mail link: the principal of a member's session. The name
 * shown is the e-mail address; the audit log records the person's id instead ({@link Audience#currentName()}).
 */
record Member(UUID personId, String email) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return email;
    }
}
