package fi.kvverkosto.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyRepository extends JpaRepository<Company, UUID> {

    Optional<Company> findByBusinessId(String businessId);

    List<Company> findAllByOrderByName();

    @Query("select c from Company c where c.reviewedAt is null or c.reviewedAt < ?1 order by c.name")
    List<Company> findNotReviewedSince(Instant since);
}
