package org.cellbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cellbook.reports.PdfChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line tools as a script uses them: demo, then list and trace as JSON. */
class CommandLineTest {

  @TempDir Path dataDir;

  private final JsonMapper json = JsonMapper.builder().build();

  private String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int exit = CellbookCli.run(args);
      assertThat(exit).as("exit code of %s", List.of(args)).isZero();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void demoNotebookCanBeListedAndTracedAsJson() throws Exception {
    String dir = dataDir.toString();
    assertThat(run("demo", "--data-dir", dir)).contains("Demo notebook loaded");
    assertThat(run("demo", "--data-dir", dir)).contains("already present");

    // An administrator hands a cycler PC its API token.
    assertThat(
            run("token", "create", "researcher", "--name", "cycler PC", "--data-dir", dir).strip())
        .matches("cbk_[A-Za-z0-9_-]{43}");

    // Every demo measurement was analysed before the command returned.
    JsonNode measurements = json.readTree(run("list", "measurements", "--json", "--data-dir", dir));
    assertThat(measurements.size()).isEqualTo(13 + 2 + 15);
    measurements.forEach(m -> assertThat(m.get("status").asString()).isEqualTo("done"));

    JsonNode batches = json.readTree(run("list", "batches", "--json", "--data-dir", dir));
    List<String> names = new ArrayList<>();
    batches.forEach(
        b -> {
          assertThat(b.get("type").asString()).isEqualTo("batch");
          assertThat(b.get("status").asString()).isEqualTo("done");
          names.add(b.get("name").asString());
        });
    assertThat(names)
        .contains("ACGC750", "ACGC900", "ACGC1050", "ACGC1200", "GC", "AC+GC", "LC", "LCGC");

    String lcgc = null;
    for (JsonNode b : batches) {
      if (b.get("name").asString().equals("LCGC")) {
        lcgc = b.get("code").asString();
      }
    }
    JsonNode trace =
        json.readTree(run("trace", lcgc, "--direction", "back", "--json", "--data-dir", dir));
    assertThat(trace.get("root").asString()).isEqualTo(lcgc);
    assertThat(trace.get("direction").asString()).isEqualTo("back");
    List<String> nodes = new ArrayList<>();
    trace
        .get("nodes")
        .forEach(n -> nodes.add(n.get("type").asString() + ":" + n.get("name").asString()));
    // LCGC ← LC lot ← LC ← BP lot ← BP ← sucrose lot ← sucrose; and the PTCDA filler.
    assertThat(nodes)
        .contains(
            "batch:LC",
            "batch:BP",
            "material:sucrose",
            "lot:perylene-3,4,9,10-tetracarboxylic dianhydride");
    trace
        .get("edges")
        .forEach(
            e ->
                assertThat(e.has("from") && e.has("to") && e.has("quantity") && e.has("unit"))
                    .isTrue());

    // The full cell traces back through both electrodes to the LCGC batch and its precursors.
    String fullCell = null;
    for (JsonNode c : json.readTree(run("list", "cells", "--json", "--data-dir", dir))) {
      if (c.get("name").asString().contains("full cell")) {
        fullCell = c.get("code").asString();
      }
    }
    JsonNode cellTrace = json.readTree(run("trace", fullCell, "--json", "--data-dir", dir));
    List<String> cellNodes = new ArrayList<>();
    cellTrace
        .get("nodes")
        .forEach(n -> cellNodes.add(n.get("type").asString() + ":" + n.get("name").asString()));
    assertThat(cellNodes)
        .contains(
            "cell:LCGC ‖ PTCDA full cell", "sheet:LCGC 90:10 CMC-Na", "batch:LCGC", "batch:BP");

    // Its PDF report, written without a server, with the full cell's N/P.
    Path pdf = dataDir.resolve("reports/full-cell.pdf");
    assertThat(run("report", "cell", fullCell, "--out", pdf.toString(), "--data-dir", dir).strip())
        .isEqualTo(pdf.toAbsolutePath().toString());
    try (PdfChecks report = new PdfChecks(Files.readAllBytes(pdf))) {
      assertThat(report.text()).contains(fullCell).contains("N/P").contains("Not signed");
    }
  }

  @Test
  void aReportOfAnUnknownKindOrRecordIsAMessage() {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      String dir = dataDir.toString();
      assertThat(CellbookCli.run(new String[] {"report", "sheet", "X", "--data-dir", dir}))
          .isEqualTo(2);
      assertThat(
              CellbookCli.run(new String[] {"report", "batch", "B-1999-0001", "--data-dir", dir}))
          .isEqualTo(1);
    } finally {
      System.setErr(original);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("KIND must be cell, batch or series")
        .contains("B-1999-0001")
        .doesNotContain("Exception");
  }

  @Test
  void unknownCodeIsAMessageAndAFailingExitCode() {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(
              CellbookCli.run(new String[] {"trace", "NOPE-1", "--data-dir", dataDir.toString()}))
          .isEqualTo(1);
    } finally {
      System.setErr(original);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("No record with code NOPE-1")
        .doesNotContain("Exception");
  }

  @Test
  void noCommandMeansServerWithTheDataDirAsAProperty() {
    assertThat(CellbookCli.isCommand(new String[] {"--data-dir", "x"})).isFalse();
    assertThat(CellbookCli.isCommand(new String[] {"list", "cells"})).isTrue();
    assertThat(CellbookCli.isCommand(new String[] {})).isFalse();
    assertThat(CellbookCli.isCommand(new String[] {"serve", "--data-dir", "x"})).isFalse();
    assertThat(CellbookCli.serverArguments(new String[] {"--data-dir", "/nb", "--server.port=9"}))
        .containsExactly("--cellbook.data-dir=/nb", "--server.port=9");
    assertThat(CellbookCli.serverArguments(new String[] {"serve", "--data-dir", "/nb"}))
        .containsExactly("--cellbook.data-dir=/nb");
  }

  /** A mistyped command is refused with a suggestion, never taken for "start the server". */
  @Test
  void aMistypedCommandIsRefusedWithTheCommandsNotAServer() {
    String[] typo = {"verifyy", "--help"};
    assertThat(CellbookCli.isCommand(typo)).isTrue();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CellbookCli.run(typo, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("verifyy").contains("verify");
  }

  @Test
  void toolsTakeTheServersDatasourceArguments() {
    Path elsewhere = dataDir.resolve("elsewhere");
    String url = "--spring.datasource.url=jdbc:h2:file:" + elsewhere.resolve("lab");
    String[] database = {
      url, "--spring.datasource.username=lab", "--spring.datasource.password=lab-pass"
    };
    String admin = "--cellbook.admin.username=boss";
    String password = "--cellbook.admin.password=" + java.util.UUID.randomUUID();
    String[] create = {
      "token", "create", "boss", "--data-dir", dataDir.toString(), admin, password
    };
    String token =
        run(Stream.concat(Stream.of(create), Stream.of(database)).toArray(String[]::new)).strip();
    assertThat(token).startsWith("cbk_");
    assertThat(elsewhere.resolve("lab.mv.db")).as("the notebook the arguments name").exists();
    assertThat(dataDir.resolve("cellbook.mv.db")).as("not the data folder's").doesNotExist();

    String list =
        run(
            Stream.concat(
                    Stream.of("list", "lots", "--json", "--data-dir", dataDir.toString()),
                    Stream.of(database))
                .toArray(String[]::new));
    assertThat(json.readTree(list).isArray()).isTrue();
  }

  @Test
  void aRelativeDataFolderIsTheOneInTheWorkingDirectory() throws Exception {
    // A plain relative name, without "./": H2 refuses those unless the path is made absolute.
    String relative = "target/cli-relative-" + System.nanoTime();
    Path absolute = Path.of(relative).toAbsolutePath();
    try {
      assertThat(
              run(
                  "token",
                  "create",
                  "boss",
                  "--data-dir",
                  relative,
                  "--cellbook.admin.username=boss",
                  "--cellbook.admin.password=" + java.util.UUID.randomUUID()))
          .startsWith("cbk_");
      assertThat(absolute.resolve("cellbook.mv.db")).exists();
      assertThat(absolute.resolve("database.secret")).exists();
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(absolute);
    }
  }
}
