package fi.kvverkosto.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyRepository extends JpaRepository<Taxonomy, UUID> {

    Optional<Taxonomy> findByKey(String key);

    List<Taxonomy> findAllByOrderByPositionAsc();
}
