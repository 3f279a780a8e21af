package org.cellbook.electrodes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ElectrodeSheetRepository
    extends JpaRepository<ElectrodeSheet, Long>, JpaSpecificationExecutor<ElectrodeSheet> {

  Optional<ElectrodeSheet> findByCode(String code);

  Optional<ElectrodeSheet> findFirstByNameIgnoreCase(String name);
}
