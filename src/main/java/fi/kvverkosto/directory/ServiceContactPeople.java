package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * The people to talk to about a service, for its page. The directory declares what it shows and the kv database
 * (module {@code contacts}), which depends on the directory and not the other way round, implements it: people are
 * personal data held on a legal basis, so which of them, and which of their fields, a viewer sees is the kv database's
 * decision. Without an implementation the directory shows no one. People never go into the open data (HSDS).
 */
public interface ServiceContactPeople {

    /**
     * The people who are the contact for the service, as the viewer may see them: only people whose data may be used
     * (consent not withdrawn, not erased), each field only when its visibility allows it to this viewer (anonymous:
     * public fields; a signed-in member of the network: members' fields; staff: all). A person whose name the viewer
     * may not see is left out.
     *
     * @param viewer the signed-in user, or null (or an anonymous authentication) for an anonymous visitor
     */
    List<ContactPerson> contactPeople(UUID serviceId, Authentication viewer);

    /**
     * One person as the viewer may see them; a field the viewer may not see is null.
     *
     * @param company the company of the kv database the person works for, or null
     * @param organisation the directory's organisation the person works for, or null
     */
    record ContactPerson(
            UUID id,
            String name,
            String role,
            String company,
            LocalizedText organisation,
            String email,
            String phone) {}
}
