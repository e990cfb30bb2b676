package fi.kvverkosto.directory;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceListingRepository extends JpaRepository<ServiceListing, UUID> {

    List<ServiceListing> findByOrganisationIdOrderByNameFiAsc(UUID organisationId);

    /** For the staff list: every service with its provider, by Finnish name. */
    @Query("select s from ServiceListing s join fetch s.organisation order by s.name.fi, s.id")
    List<ServiceListing> findAllForEditing();

    /** The largest position, so that a new service goes to the end of the exported catalogue. */
    @Query("select coalesce(max(s.position), 0) from ServiceListing s")
    int maxPosition();

    /**
     * A page of all services in id order, locked until the transaction ends: the search index's refresh reads and
     * indexes them so that a save of one of them waits and is indexed after it, never overwritten by it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ServiceListing s order by s.id")
    List<ServiceListing> findPageLocked(Pageable page);

    /** Services the public sees: not archived (defunct), with a provider that is not archived. */
    @Query("select count(s) from ServiceListing s where s.status <> fi.kvverkosto.directory.ServiceStatus.DEFUNCT"
            + " and s.organisation.archived = false")
    long countPublic();

    /** Every public service with its provider, as small rows for other modules' choice lists. */
    @Query("""
            select s.id, s.name.fi, s.name.sv, s.name.en, s.status, o.id, o.name.fi, o.name.sv, o.name.en
            from ServiceListing s join s.organisation o
            where s.status <> fi.kvverkosto.directory.ServiceStatus.DEFUNCT and o.archived = false
            """)
    List<Object[]> findPublicOptions();

    // Public reads for the HSDS API (CatalogReader): never defunct services or those of archived organisations.
    // A null parameter leaves its filter out, except modifiedAfter, never null because PostgreSQL cannot type a null
    // timestamp parameter; the pattern is lower case with '!' as the LIKE escape character.
    @Query("""
            select s from ServiceListing s join s.organisation o
            where s.status <> fi.kvverkosto.directory.ServiceStatus.DEFUNCT and o.archived = false
              and (:organisationId is null or o.id = :organisationId)
              and s.lastModified >= :modifiedAfter
              and (:termId is null or exists (
                    select 1 from ServiceClassification c where c.service = s and c.term.id = :termId))
              and (:taxonomyId is null or exists (
                    select 1 from ServiceClassification c where c.service = s and c.term.taxonomy.id = :taxonomyId))
              and (:pattern is null
                    or lower(s.name.fi) like :pattern escape '!' or lower(s.name.sv) like :pattern escape '!'
                    or lower(s.name.en) like :pattern escape '!'
                    or lower(s.description.fi) like :pattern escape '!'
                    or lower(s.description.sv) like :pattern escape '!'
                    or lower(s.description.en) like :pattern escape '!')
            """)
    Page<ServiceListing> findPublic(
            @Param("organisationId") UUID organisationId,
            @Param("termId") UUID termId,
            @Param("taxonomyId") UUID taxonomyId,
            @Param("modifiedAfter") Instant modifiedAfter,
            @Param("pattern") String pattern,
            Pageable pageable);
}
