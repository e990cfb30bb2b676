package fi.kvverkosto.contacts;

import fi.kvverkosto.identity.Roles;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Companies and people made for the self-service tests, each with a Business ID and e-mail of its own. */
final class SelfServiceFixtures {

    private SelfServiceFixtures() {}

    record Made(UUID company, UUID person, String businessId, String email, String personName) {}

    /** A valid Business ID not used before (random; the check digit computed). */
    static String newBusinessId() {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        while (true) {
            String digits = String.format("%07d", ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int remainder = sum % 11;
            if (remainder == 1) {
                continue;
            }
            String id = digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
            if (BusinessId.isValid(id)) {
                return id;
            }
        }
    }

    static Authentication admin() {
        return UsernamePasswordAuthenticationToken.authenticated(
                "testadmin", null, AuthorityUtils.createAuthorityList(Roles.ROLE_ADMIN));
    }

    static Authentication member(Made made) {
        return UsernamePasswordAuthenticationToken.authenticated(
                new Member(made.person(), made.email()), null, AuthorityUtils.createAuthorityList(Roles.ROLE_MEMBER));
    }

    /** A request as this member (for MockMvc). */
    static org.springframework.test.web.servlet.request.RequestPostProcessor asMember(Made made) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .authentication(member(made));
    }

    static <T> T as(Authentication who, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** A company with one contact person whose data is held on their consent (or the basis given). */
    static Made aCompanyWithContact(Contacts contacts, String basis) {
        String businessId = newBusinessId();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "yhteys-" + suffix + "@example.org";
        String name = "Jäsen " + suffix;
        return as(admin(), () -> {
            var company = ((Contacts.Outcome.Saved) contacts.createCompany(new CompanyInput(
                            businessId,
                            "Omapalvelu " + suffix + " Oy (testi)",
                            "179",
                            "C",
                            "small",
                            "https://omapalvelu.example.org",
                            List.of("fi"),
                            "Testiyritys itsepalvelua varten",
                            Map.of(),
                            List.of(new CompanyInput.ExperienceInput("NO", "export", 2015, "C", "Vientiä Norjaan")),
                            List.of())))
                    .id();
            var person = ((Contacts.Outcome.Saved) contacts.createPerson(new PersonInput(
                            company,
                            null,
                            name,
                            "toimitusjohtaja",
                            email,
                            "+358 40 123 4567",
                            List.of("fi"),
                            Map.of(),
                            basis,
                            "Yhteyshenkilönä kv-verkostossa",
                            "2026-10-01",
                            "lomake")))
                    .id();
            return new Made(company, person, businessId, email, name);
        });
    }
}
