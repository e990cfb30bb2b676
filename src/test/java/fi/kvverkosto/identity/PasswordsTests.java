package fi.kvverkosto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordsTests {

    @Test
    void hashesWithArgon2idBehindAnAlgorithmPrefix() {
        var encoder = Passwords.encoder();
        String hash = encoder.encode("correct horse battery staple");

        assertThat(hash).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches("correct horse battery staple", hash)).isTrue();
        assertThat(encoder.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void olderAlgorithmsStillVerifyAndAskForAnUpgrade() {
        var encoder = Passwords.encoder();
        String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode("an old password 1");

        assertThat(encoder.matches("an old password 1", legacy)).isTrue();
        assertThat(encoder.upgradeEncoding(legacy)).isTrue();
    }

    @Test
    void newPasswordsNeedTwelveCharactersAndMustNotBeTheUsername() {
        assertThat(Passwords.problem("maija", null)).hasValue("identity.password.required");
        assertThat(Passwords.problem("maija", "elevenchars")).hasValue("identity.password.too-short");
        assertThat(Passwords.problem("maija", "x".repeat(201))).hasValue("identity.password.too-long");
        assertThat(Passwords.problem("maija.meikalainen", "Maija.Meikalainen"))
                .hasValue("identity.password.same-as-username");
        assertThat(Passwords.problem("maija", "twelve chars")).isEmpty();
    }

    @Test
    void generatedPasswordsAreLongRandomAndReadable() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String password = Passwords.generate();
            assertThat(password).matches("([a-km-zA-HJ-NP-Z2-9]{4}-){4}[a-km-zA-HJ-NP-Z2-9]{4}");
            assertThat(Passwords.problem("admin", password)).isEmpty();
            seen.add(password);
        }
        assertThat(seen).hasSize(100);
    }
}
