package org.cellbook.measurements.ui;

import java.util.List;
import java.util.Optional;
import org.cellbook.base.RecordType;
import org.cellbook.base.ui.RecordSection;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.SeriesComparison;
import org.springframework.stereotype.Component;

/** The measurements of cell and lot pages, and the results of a batch's product and cells. */
@Component
class MeasurementSections implements RecordSection {

  private final MeasurementService measurements;
  private final SeriesComparison comparison;

  MeasurementSections(MeasurementService measurements, SeriesComparison comparison) {
    this.measurements = measurements;
    this.comparison = comparison;
  }

  @Override
  public Optional<com.vaadin.flow.component.Component> section(RecordType type, String code) {
    return switch (type) {
      case CELL -> Optional.of(MeasurementsPanel.forCell(measurements, code));
      case LOT -> Optional.of(MeasurementsPanel.forLot(measurements, code));
      case BATCH -> Optional.of(new BatchResults(comparison.compare(List.of(code)).getFirst()));
      default -> Optional.empty();
    };
  }
}
