package fi.kvverkosto.identity;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs staff in with username and password, behind the {@link SignInThrottle}: a locked username or client address
 * is refused before the password is even looked at, every failure is counted, and a success clears the username's
 * count and records when the account last signed in.
 *
 * <p>The account's state (disabled) is checked only after the password, so that a wrong password for a disabled
 * account costs the same time and gives the same answer as for any other account.
 *
 * <p>Not a bean: {@link SecurityConfiguration} gives it to the sign-in filter chain alone, so that Spring Security's
 * global authentication set-up is left as it is.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final StaffAccounts accounts;

    ThrottledAuthenticationProvider(
            StaffUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, StaffAccounts accounts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(users);
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        var locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            throw new SignInThrottledException(locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            throw failed(username, address, e);
        }
        throttle.recordSuccess(username);
        accounts.recordSignIn(result.getName());
        return result;
    }

    /** Counts the failure; when it used up the allowance, says so now rather than at the next attempt. */
    private AuthenticationException failed(String username, String address, AuthenticationException e) {
        throttle.recordFailure(username, address);
        return throttle.lockedFor(username, address)
                .<AuthenticationException>map(SignInThrottledException::new)
                .orElse(e);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
