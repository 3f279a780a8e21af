package org.cellbook.analysis.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every instrument file of the reference set in src/test/resources/shared-data analyses, with its
 * technique detected, and shows no implausible KPI, except where the file itself is odd, and then
 * the reason says why.
 */
class ReferenceFilesArePlausibleTest {

  /** Files whose data are odd, with the KPI that says so. */
  private static final Map<String, String> ODD =
      Map.of(
          // a cathode whose first discharge gives more than its first charge took in: the cell
          // did not start from its discharged state
          "echem/navani__test.ndax", "ice");

  /** The files an upload could be: data, not documentation, reference answers or metadata. */
  static Stream<String> files() throws IOException {
    return Files.readAllLines(SharedData.ROOT.resolve("SHA256SUMS")).stream()
        .map(line -> line.strip().split("\\s+", 2)[1])
        .filter(f -> !f.contains("licenses/"))
        .filter(f -> !f.matches(".*\\.(md|tsv|json)$") || f.contains("isotherms/"))
        .filter(f -> !f.endsWith("_Metadata.csv"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void analysesWithNoImplausibleKpiUnlessTheFileIsOdd(String relative) throws Exception {
    Path file = SharedData.ROOT.resolve(relative);
    Analyzer.Settings settings =
        relative.contains("gitt/")
            ? new Analyzer.Settings(
                null, null, null, null, null, null, null, null, null, 6.631456e-4, null, null)
            : Analyzer.Settings.defaults();

    JsonNode json =
        new JsonMapper().readTree(Analyzer.analyze(List.of(file), settings, true).output());

    JsonNode implausible = json.get("implausible");
    assertThat(implausible).as("implausible object").isNotNull();
    String odd = ODD.get(relative);
    if (odd == null) {
      assertThat(implausible.properties()).as(implausible.toString()).isEmpty();
    } else {
      assertThat(implausible.get(odd).asString()).isNotBlank();
      assertThat(json.get("warnings").toString()).contains(implausible.get(odd).asString());
    }
  }
}
