package fi.kvverkosto.finder;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SynonymRepository extends JpaRepository<Synonym, UUID> {

    List<Synonym> findAllByOrderByWordsFiAsc();
}
