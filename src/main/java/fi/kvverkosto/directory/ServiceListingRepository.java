package fi.kvverkosto.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceListingRepository extends JpaRepository<ServiceListing, UUID> {

    List<ServiceListing> findByOrganisationIdOrderByNameFiAsc(UUID organisationId);

    /** Services the public sees: not archived (defunct), with a provider that is not archived. */
    @Query("select count(s) from ServiceListing s where s.status <> fi.kvverkosto.directory.ServiceStatus.DEFUNCT"
            + " and s.organisation.archived = false")
    long countPublic();
}
