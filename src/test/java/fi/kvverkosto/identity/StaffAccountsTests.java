package fi.kvverkosto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The account rules, with the repository replaced so that each situation can be set up exactly. */
class StaffAccountsTests {

    final StaffAccountRepository repository = mock(StaffAccountRepository.class);
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
    final StaffAccounts accounts = new StaffAccounts(repository, Passwords.encoder(), clock);

    @Test
    void theLastEnabledAdminCannotBeDisabledOrDemoted() {
        var admin = new StaffAccount(UUID.randomUUID(), "only-admin", "{noop}x", StaffRole.ADMIN, clock.instant());
        when(repository.findById(admin.id())).thenReturn(Optional.of(admin));
        when(repository.countByRoleAndEnabledTrue(StaffRole.ADMIN)).thenReturn(1L);

        for (var change : List.of(
                new StaffAccounts.Details("x", null, StaffRole.EDITOR, List.of(), true),
                new StaffAccounts.Details("x", null, StaffRole.ADMIN, List.of(), false))) {
            assertThatThrownBy(() -> accounts.update(admin.id(), 0, change))
                    .isInstanceOf(AccountChangeRejected.class)
                    .extracting(e -> ((AccountChangeRejected) e).messageKey())
                    .isEqualTo("identity.users.last-admin");
        }
        assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(admin.enabled()).isTrue();
    }

    @Test
    void anAdminCanBeDemotedWhenAnotherRemains() {
        var admin = new StaffAccount(UUID.randomUUID(), "one-of-two", "{noop}x", StaffRole.ADMIN, clock.instant());
        when(repository.findById(admin.id())).thenReturn(Optional.of(admin));
        when(repository.countByRoleAndEnabledTrue(StaffRole.ADMIN)).thenReturn(2L);

        accounts.update(admin.id(), 0, new StaffAccounts.Details("x", null, StaffRole.EDITOR, List.of(), true));

        assertThat(admin.role()).isEqualTo(StaffRole.EDITOR);
    }

    @Test
    void aChangeAgainstAnOlderVersionIsStale() {
        var editor = new StaffAccount(UUID.randomUUID(), "editor", "{noop}x", StaffRole.EDITOR, clock.instant());
        when(repository.findById(editor.id())).thenReturn(Optional.of(editor));

        assertThatThrownBy(() -> accounts.update(
                        editor.id(), 7, new StaffAccounts.Details("x", null, StaffRole.ADMIN, List.of(), true)))
                .isInstanceOf(AccountChangeRejected.class)
                .extracting(e -> ((AccountChangeRejected) e).messageKey())
                .isEqualTo("identity.account.stale");
        assertThat(editor.role()).isEqualTo(StaffRole.EDITOR);
    }

    @Test
    void firstAdminIsCreatedOnlyIntoAnEmptyDatabase() {
        when(repository.count()).thenReturn(1L);
        assertThat(accounts.createFirstAdmin("a good long password")).isEmpty();
        verify(repository, never()).saveAndFlush(any());

        when(repository.count()).thenReturn(0L);
        var admin = accounts.createFirstAdmin("a good long password").orElseThrow();
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(admin.enabled()).isTrue();
        verify(repository).saveAndFlush(any());
    }

    @Test
    void usernamesAreStoredInLowerCaseAndMustBeSimple() {
        var details = new StaffAccounts.Details("Maija", null, StaffRole.EDITOR, List.of(), true);

        assertThat(accounts.create("  Maija.Meikalainen@Example.FI ", details, "a good long password")
                        .username())
                .isEqualTo("maija.meikalainen@example.fi");
        assertThatThrownBy(() -> accounts.create("maija meikäläinen", details, "a good long password"))
                .isInstanceOf(AccountChangeRejected.class)
                .extracting(e -> ((AccountChangeRejected) e).field())
                .isEqualTo("username");
    }
}
