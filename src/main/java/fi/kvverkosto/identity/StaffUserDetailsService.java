package fi.kvverkosto.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a staff account into what Spring Security signs in: its role as {@code ROLE_ADMIN} or {@code ROLE_EDITOR} and
 * one {@code ORG_<uuid>} authority per assigned organisation (see {@link Roles}), which {@link EditorAccess} decides
 * from. Also stores re-hashed passwords when the hashing algorithm has moved on.
 */
@Service
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final StaffAccountRepository accounts;

    StaffUserDetailsService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = Usernames.normalize(username);
        if (normalized.isEmpty() || normalized.length() > Usernames.MAX_LENGTH) {
            throw new UsernameNotFoundException("No such account");
        }
        StaffAccount account =
                accounts.findByUsername(normalized).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(authorities(account))
                .build();
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        accounts.upgradePasswordHash(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }

    static List<GrantedAuthority> authorities(StaffAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(account.role().authority()));
        account.organisations().stream()
                .sorted()
                .map(id -> new SimpleGrantedAuthority(Roles.organisationAuthority(id)))
                .forEach(authorities::add);
        return authorities;
    }
}
