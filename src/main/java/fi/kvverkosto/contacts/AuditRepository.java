package fi.kvverkosto.contacts;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEntry, UUID> {

    @Query("select a from AuditEntry a where a.personId = ?1 order by a.at")
    List<AuditEntry> findByPerson(UUID personId);
}
