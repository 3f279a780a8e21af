package org.cellbook.materials;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialRepository extends JpaRepository<Material, Long> {

  Optional<Material> findByCode(String code);

  List<Material> findAllByOrderByCodeAsc();

  List<Material> findByWithdrawnAtIsNullOrderByCodeAsc();
}
