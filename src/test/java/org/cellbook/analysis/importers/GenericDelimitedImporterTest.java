package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cellbook.analysis.importers.ColumnMapping.Column;
import org.cellbook.analysis.importers.ColumnMapping.Quantity;
import org.cellbook.analysis.series.CellSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericDelimitedImporterTest {

  private static final ColumnMapping MAPPING =
      new ColumnMapping(
          Map.of(
              Quantity.TIME, new Column("Zeit", "min"),
              Quantity.VOLTAGE, new Column("U", "mV"),
              Quantity.CURRENT, new Column("I", "uA"),
              Quantity.CHARGE, new Column("Q", "uAh"),
              Quantity.STEP, new Column("Schritt", "")),
          ColumnMapping.Counter.RESETS_EACH_STEP,
          false);

  @Test
  void userMappingConvertsUnitsAndDecimalCommas(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("export.csv");
    Files.writeString(
        file, "Zeit;U;I;Q;Schritt\n0;2500,5;-100;0;1\n1,5;2400;-100;2,5;1\n3;2600;100;0;2\n");

    CellSeries s = new GenericDelimitedImporter().parse(file, ImportOptions.withMapping(MAPPING));

    assertThat(s.timeSeconds()).containsExactly(0, 90, 180);
    assertThat(s.voltageVolts()).containsExactly(2.5005, 2.4, 2.6);
    assertThat(s.currentMilliAmps()).containsExactly(-0.1, -0.1, 0.1);
    assertThat(s.stepChargeMilliAmpHours()).containsExactly(0, 0.0025, 0);
  }

  @Test
  void mappedColumnThatIsNotInTheFileIsNamed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("export.csv");
    Files.writeString(file, "Zeit;Spannung;I;Q;Schritt\n0;2,5;-1;0;1\n");

    assertThatThrownBy(
            () -> new GenericDelimitedImporter().parse(file, ImportOptions.withMapping(MAPPING)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("export.csv")
        .hasMessageContaining("'U'")
        .hasMessageContaining("Spannung");
  }
}
