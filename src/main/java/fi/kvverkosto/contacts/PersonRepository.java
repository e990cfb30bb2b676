package fi.kvverkosto.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, UUID> {

    @Query("select p from Person p where p.company = ?1 order by p.name")
    List<Person> findByCompany(Company company);

    @Query("select p from Person p where lower(p.email) = lower(?1)")
    List<Person> findByEmail(String email);

    @Query("select p from Person p where p.erasedAt is null and (p.reviewedAt is null or p.reviewedAt < ?1)"
            + " order by p.name")
    List<Person> findNotReviewedSince(Instant since);

    /**
     * The people who are the contact for a service and whose data may be used: not erased, consent not withdrawn
     * (checked here, when read, so that a withdrawal takes effect at once), not of an archived company, with their
     * company, by name.
     */
    @Query("select p from Person p left join fetch p.company c join p.services s where s = ?1"
            + " and p.erasedAt is null and p.consentWithdrawnAt is null and (c.id is null or c.archivedAt is null)"
            + " order by p.name, p.id")
    List<Person> findUsableByService(UUID serviceId);

    @Query("select count(p) from Person p where p.erasedAt is not null")
    long countErased();
}
