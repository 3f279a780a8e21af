package org.cellbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze FILE.csv} starts in well under a second because it loads only what a text file
 * needs: the heavy readers (Apache POI for workbooks, Jackson databind for pyGAPS JSON) and the
 * logging they start are loaded when a file of theirs comes, not when the importers are listed.
 * Measured in a fresh JVM, since this test JVM has loaded everything already.
 */
class StartupClassesTest {

  @Test
  void analysingACsvLoadsNeitherPoiNorJacksonNorALoggingFramework(@TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("cell.csv");
    List<String> lines = new ArrayList<>(List.of("time_s,voltage_v,current_ma"));
    for (int k = 0; k < 40; k++) {
      boolean down = k < 20;
      double volts = down ? 2 - 0.05 * k * k / 20 : 0.01 + 0.1 * (k - 20);
      lines.add(k * 180 + "," + volts + "," + (down ? -0.1 : 0.1));
    }
    Files.write(csv, lines);

    List<String> loaded = loadedClasses(csv);

    assertThat(loaded).as("the run itself").anyMatch(c -> c.startsWith("org.cellbook.analysis"));
    assertThat(loaded)
        // (the verifier may load a type named in a method, such as ObjectMapper or a POI stream:
        // what costs is POI's workbook model, zip reader and logging, and a mapper being built)
        .noneMatch(c -> c.startsWith("org.apache.poi.ss.") || c.startsWith("org.apache.poi.hssf."))
        .noneMatch(c -> c.startsWith("org.apache.poi.logging."))
        .noneMatch(c -> c.equals("org.apache.poi.openxml4j.util.ZipSecureFile"))
        .noneMatch(c -> c.startsWith("tools.jackson.databind.ser."))
        .noneMatch(c -> c.startsWith("tools.jackson.databind.deser."))
        .noneMatch(c -> c.startsWith("org.apache.logging."))
        .noneMatch(c -> c.startsWith("ch.qos.logback."));
  }

  private static List<String> loadedClasses(Path csv) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xlog:class+load=info:stdout:uptime,level,tags",
                "-cp",
                System.getProperty("java.class.path"),
                "org.cellbook.Application",
                "analyze",
                csv.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("Cycles");
    return output
        .lines()
        .filter(l -> l.contains("[class,load]"))
        .map(l -> l.substring(l.indexOf("[class,load]") + "[class,load]".length()).strip())
        .map(l -> l.split(" ", 2)[0])
        .toList();
  }
}
