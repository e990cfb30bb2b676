package fi.kvverkosto.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    List<Organisation> findAllByOrderByNameFiAsc();

    /** The largest position, so that a new organisation goes to the end of the exported catalogue. */
    @Query("select coalesce(max(o.position), 0) from Organisation o")
    int maxPosition();

    /** How many services each organisation provides, archived ones included: rows of (organisation id, count). */
    @Query("select s.organisation.id, count(s) from ServiceListing s group by s.organisation.id")
    List<Object[]> countServicesByOrganisation();
}
