package org.cellbook.electrodes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiscRepository extends JpaRepository<Disc, Long> {

  Optional<Disc> findByCode(String code);
}
