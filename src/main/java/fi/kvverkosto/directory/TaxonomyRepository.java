package fi.kvverkosto.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaxonomyRepository extends JpaRepository<Taxonomy, UUID> {

    Optional<Taxonomy> findByKey(String key);

    List<Taxonomy> findAllByOrderByPositionAsc();

    // Reads for the HSDS API (CatalogReader); a null pattern lists all.
    @Query("""
            select t from Taxonomy t
            where :pattern is null or lower(t.name) like :pattern escape '!'
              or lower(t.description) like :pattern escape '!'
            """)
    Page<Taxonomy> findMatching(@Param("pattern") String pattern, Pageable pageable);
}
