package org.cellbook.analysis.raman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarbonRamanTest {

  private static final Path SYNTHETIC = Path.of("..", "shared", "data", "materials", "synthetic");

  @Test
  void noiseFreeBandsAreRecoveredExactly() {
    // D: H 900, 1340, w 150; G: H 1000, 1580, w 80; background 200 + 0.15 x → I_D/I_G = 0.9
    // (height),
    // 900·150 / (1000·80) = 1.6875 (area)
    double[] x = new double[1001];
    double[] y = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      x[k] = 800 + k;
      double u = 2 * (x[k] - 1340) / 150;
      double v = 2 * (x[k] - 1580) / 80;
      y[k] = 900 / (1 + u * u) + 1000 / (1 + v * v) + 200 + 0.15 * x[k];
    }
    CarbonRaman r = CarbonRaman.fit(x, y);
    assertThat(r.idIgHeight()).isCloseTo(0.9, within(1e-6));
    assertThat(r.idIgArea()).isCloseTo(1.6875, within(1e-6));
    assertThat(r.dCentre()).isCloseTo(1340, within(1e-4));
  }

  @Test
  void noisySyntheticSpectrumGivesItsTrueRatios() throws Exception {
    Path file = SYNTHETIC.resolve("synthetic_carbon_Raman_532nm.txt");
    assertThat(file).exists();
    JsonNode truth =
        new ObjectMapper()
            .readTree(SYNTHETIC.resolve("TRUE_PARAMETERS.json").toFile())
            .get("synthetic_carbon_Raman_532nm.txt");
    List<String> lines =
        Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    double[] x = new double[lines.size()];
    double[] y = new double[lines.size()];
    for (int k = 0; k < x.length; k++) {
      String[] parts = lines.get(k).trim().split("\\s+");
      x[k] = Double.parseDouble(parts[0]);
      y[k] = Double.parseDouble(parts[1]);
    }
    CarbonRaman r = CarbonRaman.fit(x, y);
    assertThat(r.idIgHeight()).isCloseTo(truth.get("ID_IG_height").asDouble(), within(0.02));
    assertThat(r.idIgArea()).isCloseTo(truth.get("ID_IG_area").asDouble(), within(0.05));
    assertThat(r.gCentre()).isCloseTo(1580, within(1.0));
    assertThat(r.model()).contains("Lorentzian");
  }
}
