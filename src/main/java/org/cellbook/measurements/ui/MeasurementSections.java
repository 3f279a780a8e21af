package org.cellbook.measurements.ui;

import java.util.Optional;
import org.cellbook.base.RecordType;
import org.cellbook.base.ui.RecordSection;
import org.cellbook.measurements.MeasurementService;
import org.springframework.stereotype.Component;

/** The measurements section of cell and lot pages. */
@Component
class MeasurementSections implements RecordSection {

  private final MeasurementService measurements;

  MeasurementSections(MeasurementService measurements) {
    this.measurements = measurements;
  }

  @Override
  public Optional<com.vaadin.flow.component.Component> section(RecordType type, String code) {
    return switch (type) {
      case CELL -> Optional.of(MeasurementsPanel.forCell(measurements, code));
      case LOT -> Optional.of(MeasurementsPanel.forLot(measurements, code));
      default -> Optional.empty();
    };
  }
}
