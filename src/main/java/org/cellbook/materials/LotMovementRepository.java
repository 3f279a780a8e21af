package org.cellbook.materials;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LotMovementRepository extends JpaRepository<LotMovement, Long> {

  List<LotMovement> findByLotIdOrderByHappenedAtAscIdAsc(Long lotId);
}
