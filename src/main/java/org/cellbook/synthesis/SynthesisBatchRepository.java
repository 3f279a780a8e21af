package org.cellbook.synthesis;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SynthesisBatchRepository
    extends JpaRepository<SynthesisBatch, Long>, JpaSpecificationExecutor<SynthesisBatch> {

  Optional<SynthesisBatch> findByCode(String code);

  /** A standing batch of that name: a withdrawn one leaves its name free for the right record. */
  Optional<SynthesisBatch> findFirstByNameIgnoreCaseAndWithdrawnAtIsNull(String name);

  List<SynthesisBatch> findBySeriesAndWithdrawnAtIsNullOrderBySeriesValueAsc(BatchSeries series);

  Optional<SynthesisBatch> findFirstBySeriesAndWithdrawnAtIsNullOrderByCodeAsc(BatchSeries series);
}
