package org.cellbook.synthesis;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SynthesisBatchRepository
    extends JpaRepository<SynthesisBatch, Long>, JpaSpecificationExecutor<SynthesisBatch> {

  Optional<SynthesisBatch> findByCode(String code);

  Optional<SynthesisBatch> findFirstByNameIgnoreCase(String name);

  List<SynthesisBatch> findBySeriesOrderBySeriesValueAsc(BatchSeries series);
}
