package fi.kvverkosto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fi.kvverkosto.shared.KvProperties;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The first start: the runner with the account service replaced, so that the log can be read. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminAccountTests {

    static final KvProperties WEB = new KvProperties(Path.of("data"), false, null);

    final StaffAccounts accounts = mock(StaffAccounts.class);

    @Test
    void withoutAGivenPasswordGeneratesOneAndPrintsItOnce(CapturedOutput output) {
        var password = ArgumentCaptor.forClass(String.class);
        when(accounts.createFirstAdmin(password.capture())).thenReturn(Optional.of(admin()));

        new FirstAdminAccount(accounts, "", WEB).run(new DefaultApplicationArguments());

        String generated = password.getValue();
        assertThat(Passwords.problem("admin", generated)).isEmpty();
        assertThat(Pattern.compile(Pattern.quote(generated))
                        .matcher(output.getAll())
                        .results())
                .hasSize(1);
        assertThat(output.getAll()).contains("first admin account created").contains("username: admin");
    }

    @Test
    void withAGivenPasswordUsesItAndNeverLogsIt(CapturedOutput output) {
        String given = "a given admin password";
        when(accounts.createFirstAdmin(given)).thenReturn(Optional.of(admin()));

        new FirstAdminAccount(accounts, given, WEB).run(new DefaultApplicationArguments());

        verify(accounts).createFirstAdmin(given);
        assertThat(output.getAll()).doesNotContain(given).contains("kv.admin-password");
    }

    @Test
    void printsNothingWhenAccountsAlreadyExist(CapturedOutput output) {
        var password = ArgumentCaptor.forClass(String.class);
        when(accounts.createFirstAdmin(password.capture())).thenReturn(Optional.empty());

        new FirstAdminAccount(accounts, "", WEB).run(new DefaultApplicationArguments());

        assertThat(output.getAll()).doesNotContain(password.getValue()).doesNotContain("first admin");
    }

    @Test
    void refusesToStartWithAWeakGivenPassword() {
        assertThatThrownBy(() -> new FirstAdminAccount(accounts, "tiny-pw", WEB).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KV_ADMIN_PASSWORD")
                .hasMessageNotContaining("tiny-pw");
        verify(accounts, never()).createFirstAdmin(anyString());
    }

    @Test
    void waitsForTheWebApplicationWhenACommandRuns(CapturedOutput output) {
        new FirstAdminAccount(accounts, "", new KvProperties(Path.of("data"), false, "import-hsds"))
                .run(new DefaultApplicationArguments());

        verify(accounts, never()).createFirstAdmin(anyString());
        assertThat(output.getAll()).doesNotContain("first admin");
    }

    private static StaffAccounts.Account admin() {
        Instant now = Instant.parse("2026-11-26T08:00:00Z");
        return new StaffAccounts.Account(
                UUID.randomUUID(), 0, "admin", "admin", null, StaffRole.ADMIN, true, Set.of(), now, now, null);
    }
}
