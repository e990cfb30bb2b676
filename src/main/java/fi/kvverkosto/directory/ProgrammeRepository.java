package fi.kvverkosto.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

    List<Programme> findAllByOrderByPositionAscIdAsc();

    /** The programmes of organisations that are not archived, in catalogue order. */
    @Query("select p from Programme p where p.organisation.archived = false order by p.position, p.id")
    List<Programme> findPublic();

    /** Every programme with its owner, in catalogue order: the staff list, in one query. */
    @Query("select p from Programme p join fetch p.organisation order by p.position, p.id")
    List<Programme> findAllWithOwners();

    /** Pairs of programme id and the number of services, archived ones included, delivered under it. */
    @Query(
            "select s.programme.id, count(s) from ServiceListing s where s.programme is not null group by s.programme.id")
    List<Object[]> countServicesByProgramme();

    @Query("select count(s) from ServiceListing s where s.programme.id = :id")
    long countServices(UUID id);

    @Query("select coalesce(max(p.position), 0) from Programme p")
    int maxPosition();
}
