package fi.kvverkosto.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AreaRepository extends JpaRepository<Area, String> {

    List<Area> findAllByOrderByPositionAsc();
}
