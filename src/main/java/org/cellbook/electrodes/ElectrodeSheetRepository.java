package org.cellbook.electrodes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ElectrodeSheetRepository
    extends JpaRepository<ElectrodeSheet, Long>, JpaSpecificationExecutor<ElectrodeSheet> {

  Optional<ElectrodeSheet> findByCode(String code);

  /** A standing sheet of that name: a withdrawn one leaves its name free for the right record. */
  Optional<ElectrodeSheet> findFirstByNameIgnoreCaseAndWithdrawnAtIsNull(String name);
}
