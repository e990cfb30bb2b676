package fi.kvverkosto.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, UUID> {

    Optional<TaxonomyTerm> findByCode(String code);

    List<TaxonomyTerm> findAllByOrderByPositionAsc();

    // Reads for the HSDS API (CatalogReader); a null parameter leaves its filter out.
    @Query("""
            select t from TaxonomyTerm t
            where (:taxonomyId is null or t.taxonomy.id = :taxonomyId)
              and (:parentId is null or t.parent.id = :parentId)
              and (:pattern is null
                    or lower(t.code) like :pattern escape '!'
                    or lower(t.label.fi) like :pattern escape '!' or lower(t.label.sv) like :pattern escape '!'
                    or lower(t.label.en) like :pattern escape '!'
                    or lower(t.definition.fi) like :pattern escape '!'
                    or lower(t.definition.sv) like :pattern escape '!'
                    or lower(t.definition.en) like :pattern escape '!')
            """)
    Page<TaxonomyTerm> findMatching(
            @Param("taxonomyId") UUID taxonomyId,
            @Param("parentId") UUID parentId,
            @Param("pattern") String pattern,
            Pageable pageable);
}
