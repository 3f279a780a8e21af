package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BiologicMptImporterTest {

  private final BiologicMptImporter importer = new BiologicMptImporter();

  @Test
  void readsCvFileWithHeaderCountCyclesAndMass() throws Exception {
    CellSeries s =
        importer.parse(
            SharedData.file("cv/synthetic_CV_NaHC_0p1mVs.mpt"), ImportOptions.defaults());

    assertThat(s.size()).isEqualTo(1261);
    assertThat(s.metadata().format()).contains("CV");
    assertThat(s.metadata().activeMassMilligrams()).isEqualTo(1.2);
    assertThat(s.instrumentCycleIndex()[0]).isEqualTo(1);
    assertThat(s.instrumentCycleIndex()[s.size() - 1]).isEqualTo(3);
    assertThat(s.stepType()).containsOnly(InstrumentStepType.SWEEP);
    // first record as written: 3.0000000E+000 V, -3.0287648E-003 mA
    assertThat(s.voltageVolts()[0]).isEqualTo(3.0);
    assertThat(s.currentMilliAmps()[0]).isEqualTo(-3.0287648E-3);
  }

  @Test
  void decimalCommaFileGivesTheSameSeries(@TempDir Path dir) throws Exception {
    Path original = SharedData.file("gitt/synthetic_GITT_NaHC.mpt");
    List<String> lines = Files.readAllLines(original, StandardCharsets.ISO_8859_1);
    int headerLines = Integer.parseInt(lines.get(1).replaceAll("\\D", ""));
    List<String> comma = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      comma.add(i < headerLines ? lines.get(i) : lines.get(i).replace('.', ','));
    }
    Path european = dir.resolve("gitt_fr.mpt");
    Files.write(european, comma, StandardCharsets.ISO_8859_1);

    CellSeries a = importer.parse(original, ImportOptions.defaults());
    CellSeries b = importer.parse(european, ImportOptions.defaults());

    assertThat(b.size()).isEqualTo(7340);
    assertThat(b.voltageVolts()).containsExactly(a.voltageVolts());
    assertThat(b.currentMilliAmps()).containsExactly(a.currentMilliAmps());
    assertThat(b.stepChargeMilliAmpHours()).containsExactly(a.stepChargeMilliAmpHours());
    assertThat(b.metadata().warnings()).anyMatch(w -> w.contains("decimal commas"));
  }

  @Test
  void wrongHeaderLineCountNamesTheMissingColumn(@TempDir Path dir) throws Exception {
    String text =
        Files.readString(
                SharedData.file("cv/synthetic_CV_NaHC_1mVs.mpt"), StandardCharsets.ISO_8859_1)
            .replace("Nb header lines : 45", "Nb header lines : 44");
    Path bad = dir.resolve("cv_bad.mpt");
    Files.writeString(bad, text, StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> importer.parse(bad, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cv_bad.mpt")
        .hasMessageContaining("time/s");
  }

  @Test
  void gcplWithoutCurrentColumnUsesControlCurrent(@TempDir Path dir) throws Exception {
    String text =
        "EC-Lab ASCII FILE\r\nNb header lines : 3\r\n"
            + "mode\ttime/s\tcontrol/V/mA\tEwe/V\t(Q-Qo)/mA.h\tNs\r\n"
            + "1\t0\t-1,5\t1,0\t0\t1\r\n"
            + "1\t3600\t-1,5\t0,5\t-1,5\t1\r\n"
            + "1\t7200\t1,5\t0,6\t-1,5\t2\r\n"
            + "1\t10800\t1,5\t1,2\t-0,25\t2\r\n";
    Path file = dir.resolve("gcpl.mpt");
    Files.writeString(file, text, StandardCharsets.ISO_8859_1);

    CellSeries s = importer.parse(file, ImportOptions.defaults());

    assertThat(s.currentMilliAmps()).containsExactly(-1.5, -1.5, 1.5, 1.5);
    // step charge = Σ|ΔQ| within a step (Ns): 0, 1.5 | 0, 1.25
    assertThat(s.stepChargeMilliAmpHours()).containsExactly(0, 1.5, 0, 1.25);
    assertThat(s.stepType())
        .containsExactly(
            InstrumentStepType.CC_DISCHARGE,
            InstrumentStepType.CC_DISCHARGE,
            InstrumentStepType.CC_CHARGE,
            InstrumentStepType.CC_CHARGE);
  }

  /**
   * An EC-Lab export with every column ticked (72, impedance-derived ones included) from an
   * operando Raman cell, whose header comment names the Raman laser and window: it is a cycler
   * table, not a spectrum. Built from the shared GITT file's header and records, widened with the
   * columns EC-Lab adds, a zero in each.
   */
  @Test
  void seventyTwoColumnExportOfARamanCellIsNotASpectrum(@TempDir Path dir) throws Exception {
    List<String> lines =
        Files.readAllLines(
            SharedData.file("gitt/synthetic_GITT_NaHC.mpt"), StandardCharsets.ISO_8859_1);
    int headerLines = Integer.parseInt(lines.get(1).replaceAll("\\D", ""));
    String[] more = {
      "I Range",
      "Energy charge/W.h",
      "Energy discharge/W.h",
      "Capacitance charge/µF",
      "Capacitance discharge/µF",
      "x",
      "Q discharge/mA.h",
      "Q charge/mA.h",
      "Capacity/mA.h",
      "Efficiency/%",
      "P/W",
      "|Energy|/W.h",
      "R/Ohm",
      "Rapp/Ohm",
      "<Ece>/V",
      "Ece/V",
      "Ewe-Ece/V",
      "Analog IN 1/V",
      "Temperature/°C",
      "freq/Hz",
      "Re(Z)/Ohm",
      "-Im(Z)/Ohm",
      "|Z|/Ohm",
      "Phase(Z)/deg",
      "Cs/µF",
      "Cp/µF",
      "Re(Y)/Ohm-1",
      "Im(Y)/Ohm-1",
      "|Y|/Ohm-1",
      "Phase(Y)/deg",
      "Re(C)/nF",
      "Im(C)/nF",
      "|C|/nF",
      "Phase(C)/deg",
      "Re(M)",
      "Im(M)",
      "|M|",
      "Phase(M)/deg",
      "Re(Permittivity)",
      "Im(Permittivity)",
      "|Permittivity|",
      "Phase(Permittivity)/deg",
      "Re(Resistivity)/Ohm.cm",
      "Im(Resistivity)/Ohm.cm",
      "|Resistivity|/Ohm.cm",
      "Phase(Resistivity)/deg",
      "Re(Conductivity)/mS/cm",
      "Im(Conductivity)/mS/cm",
      "|Conductivity|/mS/cm",
      "Phase(Conductivity)/deg",
      "Tan(Delta)",
      "Loss Angle(Delta)/deg",
      "Pwe/W",
      "Pce/W",
      "Pwe-ce/W",
      "Rwe/Ohm"
    };
    String columnRow = lines.get(headerLines - 1).stripTrailing();
    assertThat(columnRow.split("\t").length + more.length).isEqualTo(72);
    List<String> wide = new ArrayList<>();
    wide.add(lines.get(0));
    wide.add("Nb header lines : " + (headerLines + 1));
    wide.addAll(lines.subList(2, 5));
    wide.add("Comments : operando Raman cell, 785 nm laser, spectra 100-3200 cm-1 every 10 min");
    wide.addAll(lines.subList(5, headerLines - 1));
    wide.add(columnRow + "\t" + String.join("\t", more) + "\t");
    String zeros = "\t0".repeat(more.length);
    for (String record : lines.subList(headerLines, lines.size())) {
      wide.add(record.stripTrailing() + zeros + "\t");
    }
    Path file = dir.resolve("operando_Raman_GCPL_C03.mpt");
    // UTF-8, as newer EC-Lab versions write (the µ and ° of the column names decode either way)
    Files.write(file, wide, StandardCharsets.UTF_8);

    assertThat(Analyzer.recognise(file)).isEqualTo("BioLogic .mpt");
    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());
    assertThat(s.size()).isEqualTo(7340);
  }
}
