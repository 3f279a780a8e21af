package org.cellbook.analysis.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.testdata.MaterialsData;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document the app stores is the one {@code analyze --json} prints plus the plot data, and the
 * KPIs the app keeps from the typed result are the numbers of that document.
 */
class StoredDocumentTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<AnalysisResult> runs() throws Exception {
    List<AnalysisResult> runs = new ArrayList<>();
    for (Path file :
        List.of(
            SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt"),
            SharedData.file("cellpy__neware_uio.csv"),
            MaterialsData.file("isotherms/betsi_MCM-41_N2_77K.csv"),
            MaterialsData.file("isotherms/pygaps_Takeda5A_CO2_303K.json"),
            MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy"),
            MaterialsData.file("synthetic/synthetic_carbon_Raman_532nm.txt"))) {
      runs.add(Analyzer.analyze(List.of(file), Analyzer.Settings.defaults(), true).result());
    }
    runs.add(
        Analyzer.analyze(
                List.of(SharedData.file("gitt/synthetic_GITT_NaHC.mpt")),
                new Analyzer.Settings(
                    null, null, null, null, null, null, null, null, null, 6.631456e-4, null, null),
                true)
            .result());
    return runs;
  }

  @Test
  void theStoredDocumentIsThePrintedOnePlusThePlotData() throws Exception {
    for (AnalysisResult run : runs()) {
      ObjectNode stored = (ObjectNode) JSON.readTree(run.json(true));
      assertThat(stored.has("plot")).as(run.technique()).isEqualTo(run.plotData() != null);
      stored.remove("plot");

      assertThat(stored).as(run.technique()).isEqualTo(JSON.readTree(run.json(false)));
    }
  }

  @Test
  void theTypedKpisAreTheDocumentsNumbersInItsOrder() throws Exception {
    for (AnalysisResult run : runs()) {
      Map<String, Double> inDocument = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e :
          JSON.readTree(run.json(false)).path("kpis").properties()) {
        if (e.getValue().isNumber()) {
          inDocument.put(e.getKey(), e.getValue().doubleValue());
        }
      }
      Map<String, Double> typed = new LinkedHashMap<>();
      run.kpis()
          .forEach(
              (name, value) -> {
                if (Double.isFinite(value.doubleValue())) {
                  typed.put(name, value.doubleValue());
                }
              });

      assertThat(typed).as(run.technique()).containsExactlyEntriesOf(inDocument);
      assertThat(inDocument.keySet()).as(run.technique()).containsAll(run.implausible().keySet());
    }
  }
}
