package fi.kvverkosto.network;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RelationRepository extends JpaRepository<Relation, UUID> {

    List<Relation> findAllByOrderByLastModifiedDesc();
}
