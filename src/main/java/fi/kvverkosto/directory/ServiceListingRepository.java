package fi.kvverkosto.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceListingRepository extends JpaRepository<ServiceListing, UUID> {

    List<ServiceListing> findByOrganisationIdOrderByNameFiAsc(UUID organisationId);

    /** For the staff list: every service with its provider, by Finnish name. */
    @Query("select s from ServiceListing s join fetch s.organisation order by s.name.fi, s.id")
    List<ServiceListing> findAllForEditing();

    /** The largest position, so that a new service goes to the end of the exported catalogue. */
    @Query("select coalesce(max(s.position), 0) from ServiceListing s")
    int maxPosition();

    /** Services the public sees: not archived (defunct), with a provider that is not archived. */
    @Query("select count(s) from ServiceListing s where s.status <> fi.kvverkosto.directory.ServiceStatus.DEFUNCT"
            + " and s.organisation.archived = false")
    long countPublic();
}
