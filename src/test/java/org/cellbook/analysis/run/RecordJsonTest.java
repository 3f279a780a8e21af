package org.cellbook.analysis.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.cellbook.analysis.testdata.MaterialsData;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plot data a run stores reads back as the same records. */
class RecordJsonTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Field by field, with NaN equal to NaN (as {@link Double#compare} has it). */
  private static final RecursiveComparisonConfiguration SAME_NUMBERS =
      RecursiveComparisonConfiguration.builder()
          .withComparatorForType(Double::compare, Double.class)
          .build();

  enum Shape {
    ROUND,
    SQUARE
  }

  record Inner(String name, double[] values, int[] indices) {}

  record Outer(
      double x,
      Double maybe,
      int n,
      boolean flag,
      Shape shape,
      List<Inner> inners,
      Inner none,
      List<String> words) {}

  private static JsonNode written(Record r) {
    JsonWriter w = new JsonWriter();
    RecordJson.write(w, r);
    return JSON.readTree(w.toString());
  }

  @Test
  void aRecordReadsBackFieldByFieldWithNaNKept() {
    Outer outer =
        new Outer(
            Double.NaN,
            null,
            7,
            true,
            Shape.SQUARE,
            List.of(new Inner("a", new double[] {1.5, Double.NaN, 1e-300}, new int[] {3, -1})),
            null,
            List.of("one", "two"));
    JsonNode node = written(outer);
    assertThat(node.has("inners")).isTrue();
    assertThat(node.path("maybe").isNull()).isTrue();

    Outer back = RecordJson.read(node, Outer.class);

    assertThat(back).usingRecursiveComparison(SAME_NUMBERS).isEqualTo(outer);
  }

  @Test
  void componentsAreStoredInSnakeCase() {
    assertThat(RecordJson.snakeCase("rSquared")).isEqualTo("r_squared");
    assertThat(RecordJson.snakeCase("areaFraction002")).isEqualTo("area_fraction002");
  }

  @Test
  void aDocumentWithoutAFieldTheRecordNeedsIsUnreadable() {
    JsonNode node = JSON.readTree("{\"x\": 1.0, \"flag\": true}");
    assertThatThrownBy(() -> RecordJson.read(node, Outer.class))
        .isInstanceOf(RecordJson.Unreadable.class)
        .hasMessageContaining("Outer");
  }

  @Test
  void everyTechniquesPlotDataReadsBackFromItsStoredDocument() throws Exception {
    List<Path> cv =
        List.of("0p1", "0p2", "0p4", "0p6", "0p8", "1").stream()
            .map(r -> SharedData.file("cv/synthetic_CV_NaHC_" + r + "mVs_nova.txt"))
            .toList();
    List<AnalysisResult> runs =
        List.of(
            analyse(List.of(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt"))),
            analyse(cv),
            analyse(List.of(MaterialsData.file("isotherms/betsi_MCM-41_N2_77K.csv"))),
            analyse(List.of(MaterialsData.file("synthetic/synthetic_CO2_273K_DR.csv"))),
            analyse(List.of(MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy"))),
            analyse(List.of(MaterialsData.file("synthetic/synthetic_carbon_Raman_532nm.txt"))));
    for (AnalysisResult run : runs) {
      Record data = run.plotData();
      JsonNode plot = JSON.readTree(run.json(true)).path("plot");

      assertThat(RecordJson.read(plot, data.getClass()))
          .as(run.technique())
          .usingRecursiveComparison(SAME_NUMBERS)
          .isEqualTo(data);
    }
  }

  private static AnalysisResult analyse(List<Path> files) throws Exception {
    return Analyzer.analyze(files, Analyzer.Settings.defaults(), true).result();
  }
}
