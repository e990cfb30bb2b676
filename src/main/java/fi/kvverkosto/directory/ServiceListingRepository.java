package fi.kvverkosto.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceListingRepository extends JpaRepository<ServiceListing, UUID> {

    List<ServiceListing> findByOrganisationIdOrderByNameFiAsc(UUID organisationId);
}
