package fi.kvverkosto.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, UUID> {

    Optional<TaxonomyTerm> findByCode(String code);

    List<TaxonomyTerm> findAllByOrderByPositionAsc();
}
