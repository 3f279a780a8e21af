package org.cellbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new AnalyzeCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  @Test
  void jsonOfTheLandFileCarriesIceCyclesAndRateTable() throws Exception {
    int code =
        run(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt").toString(), "--json");

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("initialCoulombicEfficiency").asDouble()).isCloseTo(0.806, within(1e-6));
    assertThat(json.get("cycles")).hasSize(10);
    assertThat(json.get("cycles").get(0).get("reversibleMilliAmpHoursPerGram").asDouble())
        .isCloseTo(346.58, within(0.01));
    assertThat(json.get("rateTable").get("groups")).hasSize(2);
    assertThat(json.get("dqdv").get("peaks").size()).isPositive();
  }

  @Test
  void optionsOverrideMassAndCut() throws Exception {
    int code =
        run(
            SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt").toString(),
            "--json",
            "--active-mass-mg",
            "2.4",
            "--v-cut",
            "0.2",
            "--format",
            "LAND");

    assertThat(code).isZero();
    JsonNode c1 = new ObjectMapper().readTree(out.toString()).get("cycles").get(0);
    // half the specific capacity with twice the mass: 346.58 / 2
    assertThat(c1.get("reversibleMilliAmpHoursPerGram").asDouble()).isCloseTo(173.29, within(0.01));
    assertThat(c1.get("voltageSplit").get("cutVolts").asDouble()).isEqualTo(0.2);
  }

  @Test
  void summaryIsReadable() {
    int code = run(SharedData.file("cellpy__neware_uio.csv").toString(), "--opening", "reduction");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("ICE", "83.55 %", "Rate table", "REBUILT");
  }

  @Test
  void unreadableFileExitsWithTwoAndNamesTheFile(@TempDir Path dir) throws Exception {
    Path junk = dir.resolve("junk.bin");
    Files.write(junk, new byte[] {1, 2, 3, 0, 5});

    assertThat(run(junk.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("junk.bin");
  }
}
