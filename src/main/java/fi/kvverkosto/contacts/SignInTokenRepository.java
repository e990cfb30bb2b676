package fi.kvverkosto.contacts;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInTokenRepository extends JpaRepository<SignInToken, UUID> {

    /** Locked, so that two requests with the same link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SignInToken t where t.tokenHash = ?1")
    Optional<SignInToken> findByHashForUpdate(String tokenHash);

    @Modifying
    @Query("delete from SignInToken t where t.expiresAt < ?1")
    int deleteExpiredBefore(Instant before);
}
