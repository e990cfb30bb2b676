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
}
