package fi.kvverkosto.contacts;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, UUID> {

    @Query("select c from Claim c where c.personId = ?1 order by c.requestedAt desc")
    List<Claim> findByPerson(UUID personId);

    @Query("select c from Claim c where c.status = 'PENDING' order by c.requestedAt")
    List<Claim> findPending();

    @Query("select c from Claim c where c.status = 'APPROVED' order by c.decidedAt desc")
    List<Claim> findApproved();

    @Query("select count(c) > 0 from Claim c where c.personId = ?1 and c.companyId = ?2 and c.status = 'APPROVED'")
    boolean isApproved(UUID personId, UUID companyId);

    @Query(
            "select count(c) > 0 from Claim c where c.personId = ?1 and c.companyId = ?2 and c.status in ('PENDING', 'APPROVED')")
    boolean isOpenOrApproved(UUID personId, UUID companyId);
}
