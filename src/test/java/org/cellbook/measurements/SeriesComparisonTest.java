package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cellbook.Fixtures;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.cells.Cell;
import org.cellbook.materials.Lot;
import org.cellbook.measurements.SeriesComparison.BatchRow;
import org.cellbook.measurements.SeriesComparison.Stat;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SynthesisBatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** A batch's product and cells rolled up, and structure–property fits over batches. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class SeriesComparisonTest {

  @Autowired SeriesComparison comparison;
  @Autowired MeasurementService measurements;
  @Autowired BatchService batches;
  @Autowired Fixtures fixtures;

  private static BatchRow row(String name, double t, double rValue, double sloping) {
    return new BatchRow(
        "B-" + name,
        name,
        t,
        null,
        Map.of("r_value", new Stat(rValue, null, 1, null)),
        Map.of("sloping_capacity_mah_g", new Stat(sloping, 2.0, 3, "mAh g⁻¹")));
  }

  @Test
  void olsLineThroughTheBatchesWithItsStandardError() {
    // Closed-form OLS (Montgomery & Runger, Applied Statistics, §11-2) written out here:
    // x̄ = 2.5, ȳ = 60.25, Sxx = 5, slope = Sxy/Sxx, SE = sqrt(SSE/(n−2)/Sxx).
    List<BatchRow> rows =
        List.of(
            row("A", 750, 1, 30),
            row("B", 900, 2, 50),
            row("C", 1050, 3, 70),
            row("D", 1200, 4, 91));
    SeriesComparison.Scatter s =
        SeriesComparison.scatter(rows, "material:r_value", "cell:sloping_capacity_mah_g");
    double[] x = {1, 2, 3, 4};
    double[] y = {30, 50, 70, 91};
    double sxx = 5;
    double sxy =
        (1 - 2.5) * (30 - 60.25)
            + (2 - 2.5) * (50 - 60.25)
            + (3 - 2.5) * (70 - 60.25)
            + (4 - 2.5) * (91 - 60.25);
    double slope = sxy / sxx;
    double intercept = 60.25 - slope * 2.5;
    double sse = 0;
    for (int k = 0; k < 4; k++) {
      double r = y[k] - intercept - slope * x[k];
      sse += r * r;
    }
    assertThat(s.fit().slope()).isCloseTo(slope, within(1e-12));
    assertThat(s.fit().intercept()).isCloseTo(intercept, within(1e-12));
    assertThat(s.fit().slopeStandardError()).isCloseTo(Math.sqrt(sse / 2 / sxx), within(1e-12));
    assertThat(s.fit().points()).isEqualTo(4);
    assertThat(s.plot().curves()).hasSize(2);
    assertThat(s.plot().yLabel()).isEqualTo("Cells: Sloping capacity (mAh g⁻¹)");
    assertThat(s.batches()).containsExactly("A", "B", "C", "D");
  }

  @Test
  void fewerThanThreeBatchesGetNoLine() {
    SeriesComparison.Scatter s =
        SeriesComparison.scatter(
            List.of(row("A", 750, 1, 30), row("B", 900, 2, 50)),
            SeriesComparison.TEMPERATURE,
            "cell:sloping_capacity_mah_g");
    assertThat(s.fit()).isNull();
    assertThat(s.plot().note()).contains("too few");
  }

  /** A batch whose product has this density, with a half cell analysed with this mass. */
  private Fixtures.MadeBatch batchWithCell(double density, Double activeMassMilligrams)
      throws Exception {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    measurements.recordPycnometry(made.product().getCode(), density, null, null);
    WrongMass.upload(
        measurements, fixtures.halfCell(made.product()).getCode(), activeMassMilligrams);
    return made;
  }

  @Test
  void implausibleValuesAreLeftOutOfMeansAndFitsUnlessIncludedAndCounted() throws Exception {
    Fixtures.MadeBatch a = batchWithCell(1.50, null);
    Fixtures.MadeBatch b = batchWithCell(1.60, null);
    Fixtures.MadeBatch c = batchWithCell(1.70, null);
    WrongMass.upload(measurements, fixtures.halfCell(c.product()).getCode(), WrongMass.MILLIGRAMS);
    List<String> codes = List.of(a.batch().getCode(), b.batch().getCode(), c.batch().getCode());
    String x = "material:true_density_g_cm3";
    String y = "cell:reversible_capacity_mah_g";

    List<BatchRow> plausible = comparison.compare(codes);
    Stat capacity = plausible.get(2).cells().get("reversible_capacity_mah_g");
    assertThat(capacity.n()).isEqualTo(1);
    assertThat(capacity.leftOut()).isEqualTo(1);
    assertThat(capacity.implausibleIn()).isZero();
    assertThat(capacity.mean()).isLessThan(4000);
    assertThat(plausible.get(2).cells().get("ice").leftOut()).isZero();
    assertThat(plausible.get(2).text(y)).endsWith(" · 1 implausible value left out");
    SeriesComparison.Scatter fit = SeriesComparison.scatter(plausible, x, y);
    assertThat(fit.leftOut()).isEqualTo(1);
    assertThat(fit.fit().points()).isEqualTo(3);
    // the same file with the records' mass in every batch: a flat line
    assertThat(fit.fit().slope()).isCloseTo(0, within(1e-6));
    assertThat(fit.plot().note()).endsWith("1 implausible value left out");

    List<BatchRow> all = comparison.compare(codes, true);
    Stat both = all.get(2).cells().get("reversible_capacity_mah_g");
    assertThat(both.n()).isEqualTo(2);
    assertThat(both.leftOut()).isZero();
    assertThat(both.implausibleIn()).isEqualTo(1);
    assertThat(both.mean()).isGreaterThan(20_000);
    SeriesComparison.Scatter included = SeriesComparison.scatter(all, x, y);
    assertThat(included.implausibleIn()).isEqualTo(1);
    assertThat(included.fit().slope()).isGreaterThan(100_000);
    assertThat(included.plot().note()).endsWith("1 implausible value included");
  }

  @Test
  void aKpiWhoseEveryValueIsImplausibleHasNoMean() throws Exception {
    Fixtures.MadeBatch a = batchWithCell(1.50, WrongMass.MILLIGRAMS);
    BatchRow r = comparison.compare(List.of(a.batch().getCode())).getFirst();
    Stat capacity = r.cells().get("reversible_capacity_mah_g");
    assertThat(capacity.n()).isZero();
    assertThat(r.value("cell:reversible_capacity_mah_g")).isNull();
    assertThat(r.text("cell:reversible_capacity_mah_g"))
        .isEqualTo("— · 1 implausible value left out");
    assertThat(capacity.display("reversible_capacity_mah_g")).isEqualTo("—");
  }

  @Test
  void aBatchShowsItsProductsDensityAndItsCellsMeanIce() throws Exception {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    SynthesisBatch batch = made.batch();
    Lot product = made.product();
    measurements.recordPycnometry(product.getCode(), 1.62, 0.01, 5);
    Path land = SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
    for (int k = 0; k < 2; k++) {
      Cell cell = fixtures.halfCell(product);
      String code =
          measurements
              .attachToCell(
                  cell.getCode(),
                  null,
                  List.of(new NewFile("land.txt", () -> Files.newInputStream(land))),
                  null)
              .getCode();
      assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();
      assertThat(measurements.get(code).getStatus()).isEqualTo(MeasurementStatus.DONE);
    }

    BatchRow r = comparison.compare(List.of(batch.getCode())).getFirst();
    assertThat(r.materials().get("true_density_g_cm3").mean()).isEqualTo(1.62);
    Stat ice = r.cells().get("ice");
    assertThat(ice.n()).isEqualTo(2);
    assertThat(ice.mean()).isCloseTo(0.806, within(1e-9));
    assertThat(ice.sd()).isCloseTo(0, within(1e-9));
    assertThat(SeriesComparison.variables(List.of(r)))
        .extracting(SeriesComparison.Variable::key)
        .contains(SeriesComparison.TEMPERATURE, "material:true_density_g_cm3", "cell:ice");
  }
}
