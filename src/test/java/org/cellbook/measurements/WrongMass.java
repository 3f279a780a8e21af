package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cellbook.analysis.testdata.SharedData;

/**
 * A cycling file analysed with an active mass typed 120 times too small (0.01 mg instead of 1.2
 * mg): its specific capacities (reversible 41,590, plateau 24,660, sloping 16,930 mAh g⁻¹) are
 * beyond any electrode material's and the analysis lists them as implausible, while its ICE (80.6
 * %) stays plausible. The commonest way a real lab gets an impossible number.
 */
public final class WrongMass {

  public static final double MILLIGRAMS = 0.01;

  /** The KPIs the analysis finds outside their range with this mass. */
  public static final List<String> IMPLAUSIBLE =
      List.of("reversible_capacity_mah_g", "plateau_capacity_mah_g", "sloping_capacity_mah_g");

  private WrongMass() {}

  public static Path land() {
    return SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
  }

  /** Uploads the LAND half-cell file to the cell with the wrong mass and waits for the analysis. */
  public static Measurement upload(MeasurementService measurements, String cellCode) {
    return upload(measurements, cellCode, MILLIGRAMS);
  }

  /** The same upload with this active mass (null: the cell's records). */
  public static Measurement upload(
      MeasurementService measurements, String cellCode, Double activeMassMilligrams) {
    Path land = land();
    String code =
        measurements
            .attachToCell(
                cellCode,
                null,
                List.of(new NewFile("formation.txt", () -> Files.newInputStream(land))),
                AnalysisParameters.NONE.withActiveMass(activeMassMilligrams))
            .getCode();
    try {
      assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + code, e);
    }
    Measurement m = measurements.get(code);
    assertThat(m.getStatus()).as(m.getErrorMessage()).isEqualTo(MeasurementStatus.DONE);
    return m;
  }
}
