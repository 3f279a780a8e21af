package org.cellbook.materials;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LotRepository extends JpaRepository<Lot, Long>, JpaSpecificationExecutor<Lot> {

  Optional<Lot> findByCode(String code);

  List<Lot> findByProducedByBatchId(Long batchId);

  List<Lot> findByMaterialKindInAndAmountLeftGreaterThanAndWithdrawnAtIsNullOrderByCodeAsc(
      List<MaterialKind> kinds, double minimum);

  Optional<Lot> findFirstByMaterialAndWithdrawnAtIsNullOrderByCodeAsc(Material material);
}
