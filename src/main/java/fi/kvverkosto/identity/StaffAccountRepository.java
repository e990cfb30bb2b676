package fi.kvverkosto.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StaffAccountRepository extends JpaRepository<StaffAccount, UUID> {

    /** By the normalised (lower-case) username. */
    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<StaffAccount> findAllByOrderByUsernameAsc();

    long countByRoleAndEnabledTrue(StaffRole role);

    /** Bookkeeping outside the optimistic lock and the audit history: a bulk update leaves the version alone. */
    @Modifying
    @Query("update StaffAccount a set a.lastSignInAt = :at where a.username = :username")
    int recordSignIn(String username, Instant at);

    /** A transparent re-hash with a newer algorithm on sign-in; not a change anyone made, so not versioned. */
    @Modifying
    @Query("update StaffAccount a set a.passwordHash = :hash where a.username = :username")
    int upgradePasswordHash(String username, String hash);
}
