package fi.kvverkosto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fi.kvverkosto.shared.KvProperties;
import fi.kvverkosto.shared.StartupWork;
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
    final StartupWork startupWork = new StartupWork();

    /** Runs the runner as a start does: the account is made beside it, and the start waits for it at the end. */
    private void start(String givenPassword, KvProperties properties) {
        new FirstAdminAccount(accounts, givenPassword, properties, startupWork).run(new DefaultApplicationArguments());
        try {
            startupWork.run(new DefaultApplicationArguments());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withoutAGivenPasswordGeneratesOneAndPrintsItOnce(CapturedOutput output) {
        var password = ArgumentCaptor.forClass(String.class);
        when(accounts.createFirstAdmin(password.capture())).thenReturn(Optional.of(admin()));

        start("", WEB);

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

        start(given, WEB);

        verify(accounts).createFirstAdmin(given);
        assertThat(output.getAll()).doesNotContain(given).contains("kv.admin-password");
    }

    @Test
    void printsNothingWhenAccountsAlreadyExist(CapturedOutput output) {
        var password = ArgumentCaptor.forClass(String.class);
        when(accounts.createFirstAdmin(password.capture())).thenReturn(Optional.empty());

        start("", WEB);

        assertThat(output.getAll()).doesNotContain(password.getValue()).doesNotContain("first admin");
    }

    @Test
    void refusesToStartWithAWeakGivenPassword() {
        assertThatThrownBy(() -> start("tiny-pw", WEB))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KV_ADMIN_PASSWORD")
                .hasMessageNotContaining("tiny-pw");
        verify(accounts, never()).createFirstAdmin(anyString());
    }

    @Test
    void waitsForTheWebApplicationWhenACommandRuns(CapturedOutput output) {
        start("", new KvProperties(Path.of("data"), false, "import-hsds"));

        verify(accounts, never()).createFirstAdmin(anyString());
        assertThat(output.getAll()).doesNotContain("first admin");
    }

    private static StaffAccounts.Account admin() {
        Instant now = Instant.parse("2026-11-26T08:00:00Z");
        return new StaffAccounts.Account(
                UUID.randomUUID(), 0, "admin", "admin", null, StaffRole.ADMIN, true, Set.of(), now, now, null);
    }
}
