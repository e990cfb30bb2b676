package fi.kvverkosto.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The forms of the account screens, bound from request parameters as typed. Role and organisations arrive as text and
 * are checked here and in {@link UserManagementController}, so that a tampered value gets a translated message
 * instead of a conversion error.
 */
final class AccountForms {

    static final String GENERATE = "generate";
    static final String TYPE = "type";

    private AccountForms() {}

    /** Creating an account. */
    record NewAccount(
            @NotBlank(message = "{identity.users.username.required}")
            @Size(max = Usernames.MAX_LENGTH, message = "{identity.users.username.invalid}")
            String username,

            @NotBlank(message = "{identity.users.display-name.required}")
            @Size(max = 200, message = "{identity.users.display-name.too-long}")
            String displayName,

            @Email(message = "{identity.users.email.invalid}")
            @Size(max = 320, message = "{identity.users.email.invalid}")
            String email,

            @NotBlank(message = "{identity.users.role.required}")
            @Pattern(regexp = "ADMIN|EDITOR", message = "{identity.users.role.required}")
            String role,

            List<String> organisations,

            @NotBlank(message = "{identity.users.password-choice.required}")
            @Pattern(regexp = GENERATE + "|" + TYPE, message = "{identity.users.password-choice.required}")
            String passwordChoice,

            String password) {

        static NewAccount blank() {
            return new NewAccount(null, null, null, StaffRole.EDITOR.name(), List.of(), GENERATE, null);
        }
    }

    /**
     * Changing who an account is and what it may do, against the version the form was opened at (a missing version
     * is treated as stale by the controller).
     */
    record AccountChanges(
            Long version,

            @NotBlank(message = "{identity.users.display-name.required}")
            @Size(max = 200, message = "{identity.users.display-name.too-long}")
            String displayName,

            @Email(message = "{identity.users.email.invalid}")
            @Size(max = 320, message = "{identity.users.email.invalid}")
            String email,

            @NotBlank(message = "{identity.users.role.required}")
            @Pattern(regexp = "ADMIN|EDITOR", message = "{identity.users.role.required}")
            String role,

            List<String> organisations,
            Boolean enabled) {

        static AccountChanges of(StaffAccounts.Account account) {
            return new AccountChanges(
                    account.version(),
                    account.displayName(),
                    account.email(),
                    account.role().name(),
                    account.organisations().stream().map(Object::toString).toList(),
                    account.enabled());
        }
    }

    /** An admin setting a new password for an account. */
    record PasswordReset(
            Long version,

            @NotBlank(message = "{identity.users.password-choice.required}")
            @Pattern(regexp = GENERATE + "|" + TYPE, message = "{identity.users.password-choice.required}")
            String passwordChoice,

            String password) {}

    /** The signed-in user changing their own password. */
    record OwnPassword(
            @NotEmpty(message = "{identity.own-password.current.required}")
            String currentPassword,

            @NotEmpty(message = "{identity.password.required}")
            String newPassword,

            @NotEmpty(message = "{identity.own-password.repeat.required}")
            String repeatPassword) {}
}
