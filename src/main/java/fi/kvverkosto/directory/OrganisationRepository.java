package fi.kvverkosto.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    List<Organisation> findAllByOrderByNameFiAsc();

    /** The largest position, so that a new organisation goes to the end of the exported catalogue. */
    @Query("select coalesce(max(o.position), 0) from Organisation o")
    int maxPosition();

    /** How many services each organisation provides, archived ones included: rows of (organisation id, count). */
    @Query("select s.organisation.id, count(s) from ServiceListing s group by s.organisation.id")
    List<Object[]> countServicesByOrganisation();

    // Public reads for the HSDS API (CatalogReader): never archived organisations. A null parameter leaves its filter
    // out, except modifiedAfter (never null: PostgreSQL cannot type a null timestamp parameter); the pattern is lower
    // case with '!' as the LIKE escape character.
    @Query("""
            select o from Organisation o
            where o.archived = false
              and o.lastModified >= :modifiedAfter
              and (:termId is null or exists (
                    select 1 from OrganisationClassification c where c.organisation = o and c.term.id = :termId))
              and (:taxonomyId is null or exists (
                    select 1 from OrganisationClassification c where c.organisation = o
                    and c.term.taxonomy.id = :taxonomyId))
              and (:pattern is null
                    or lower(o.name.fi) like :pattern escape '!' or lower(o.name.sv) like :pattern escape '!'
                    or lower(o.name.en) like :pattern escape '!'
                    or lower(o.description.fi) like :pattern escape '!'
                    or lower(o.description.sv) like :pattern escape '!'
                    or lower(o.description.en) like :pattern escape '!')
            """)
    Page<Organisation> findPublic(
            @Param("termId") UUID termId,
            @Param("taxonomyId") UUID taxonomyId,
            @Param("modifiedAfter") Instant modifiedAfter,
            @Param("pattern") String pattern,
            Pageable pageable);
}
