package fi.kvverkosto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.KvServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application as started for the tests, without kv.admin-password, on an empty database. */
@KvServerTest
class FirstStartTests {

    @Autowired
    StaffAccountRepository repository;

    @Test
    void anEmptyDatabaseGotAnEnabledAdminWithAnArgon2Password() {
        var admin = repository.findByUsername("admin").orElseThrow();

        assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.passwordHash()).startsWith("{argon2}$argon2id$");
    }
}
