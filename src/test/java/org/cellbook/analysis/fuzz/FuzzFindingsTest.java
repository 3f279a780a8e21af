package org.cellbook.analysis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.analysis.bench.CyclerFileGenerator;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.raman.RamanSpectrum;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.sorption.BetAnalysis;
import org.cellbook.analysis.sorption.Isotherm;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.sorption.SorptionMeasurement;
import org.cellbook.analysis.testdata.MaterialsData;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.analysis.xrd.PatternReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input on which the fuzzing campaign ({@link ImporterFuzzTest}) found a reader crashing,
 * minimised, with the fix it led to: each is now read or refused with the import error naming the
 * file.
 */
class FuzzFindingsTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  private static Path resource(String path) throws URISyntaxException {
    return Path.of(FuzzFindingsTest.class.getResource(path).toURI());
  }

  /**
   * PEC csv: a lost line break puts two records on one line, 64 fields and a trailing comma; the
   * splitter wrote the last, empty field into its array before growing it
   * (ArrayIndexOutOfBoundsException). The line is now split and refused as a record of the wrong
   * width or read.
   */
  @Test
  void twoRecordsOnOneLineEndingInADelimiterAreSplit() throws Exception {
    Path file =
        Files.copy(
            resource("/org/cellbook/analysis/fuzz/pec_two_records_on_one_line.csv"),
            dir.resolve("pec.csv"));
    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());
    assertThat(s.size()).isPositive();
  }

  /**
   * A workbook whose {@code workbook.xml} names no sheet (one flipped bit in the attribute name):
   * the spreadsheet preview of every importer's detection took the missing name for a string
   * (NullPointerException in LAND's and Arbin's detection). A nameless sheet is now a sheet called
   * "".
   */
  @Test
  void aWorkbookWithANamelessSheetIsDetectedWithoutCrashing() throws Exception {
    Path txt = dir.resolve("land.txt");
    CyclerFileGenerator.write(txt, 200, CyclerFileGenerator.Layout.LAND_TXT, 13L);
    Path xlsx = dir.resolve("land.xlsx");
    CyclerFileGenerator.writeLandWorkbook(txt, xlsx);
    List<Zips.Part> parts = new ArrayList<>();
    for (Zips.Part p : Zips.parts(new Seed("land.xlsx", Files.readAllBytes(xlsx)))) {
      String text = new String(p.bytes(), StandardCharsets.UTF_8);
      parts.add(
          p.name().equals("xl/workbook.xml")
              ? new Zips.Part(
                  p.name(),
                  text.replace("name=\"Record-Tab\"", "").getBytes(StandardCharsets.UTF_8))
              : p);
    }
    Path nameless = Files.write(dir.resolve("nameless.xlsx"), Zips.zip(parts));

    assertThat(CyclerImporters.standard().rank(nameless)).isNotEmpty();
    try {
      assertThat(CyclerImporters.importFile(nameless, ImportOptions.defaults()).size())
          .isPositive();
    } catch (ImportException e) {
      assertThat(e.getMessage()).contains("nameless.xlsx");
    }
  }

  /**
   * Quantachrome reports: a header value that is no number ("Bath Temp: +", "Temperature 1eK") was
   * matched by a character class and handed to Double.parseDouble (NumberFormatException). Only a
   * number is taken now; the damaged report reads as the undamaged one, without a temperature.
   */
  @Test
  void aQuantachromeHeaderValueThatIsNoNumberIsLeftUnread() throws Exception {
    for (String minimised :
        new String[] {"Bath Temp:+", "Data Reduction Parameters\nTemperature e"}) {
      Path file = Files.writeString(dir.resolve("report.txt"), minimised, WINDOWS_1252);
      assertThatThrownBy(
              () ->
                  IsothermImporters.standard().importers().stream()
                      .filter(i -> i.formatName().startsWith("Quantachrome Isotherm"))
                      .findFirst()
                      .orElseThrow()
                      .read(file))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("report.txt");
    }
    Path real =
        resource("/org/cellbook/analysis/sorption/quantachrome_QuadraWin_BF001_Isotherm.txt");
    String text = Files.readString(real, WINDOWS_1252);
    Path damaged =
        Files.writeString(
            dir.resolve("BF001(Isotherm).txt"),
            text.replace("Bath Temp:     77.3 K", "Bath Temp:     + K")
                .replace("Temperature    77.350K", "Temperature    1eK"),
            WINDOWS_1252);
    SorptionMeasurement original = IsothermImporters.read(real);
    SorptionMeasurement read = IsothermImporters.read(damaged);
    assertThat(read.adsorption().relativePressure())
        .containsExactly(original.adsorption().relativePressure());
    assertThat(read.adsorption().amountMillimolesPerGram())
        .containsExactly(original.adsorption().amountMillimolesPerGram());
  }

  /**
   * Quantachrome isotherm report: a 'Volume @ STP' title line that starts with a digit was taken
   * for the first data row, leaving no title line (IndexOutOfBoundsException). The title line found
   * is now always a title line; this one has no Relative Pressure column and is refused.
   */
  @Test
  void aTitleLineStartingWithADigitIsStillATitleLine() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("report.txt"), "Data Reduction Parameters\n0Volume @ STP", WINDOWS_1252);
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("report.txt");
  }

  /**
   * Two-column text (.xy, Raman spectra): bytes that are not UTF-8 (a lone 0xFF, a UTF-16 file)
   * made the reader fail with the decoder's "Input length = 1", which names no file. Text that is
   * not UTF-8 is now read as windows-1252, so a Latin-1 header is a header and junk is refused
   * naming the file.
   */
  @Test
  void twoColumnTextThatIsNotUtf8IsReadAsWindows1252() throws Exception {
    Path junk = Files.write(dir.resolve("spectrum.txt"), new byte[] {(byte) 0xFF});
    assertThatThrownBy(() -> RamanSpectrum.read(junk))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("spectrum.txt");
    assertThatThrownBy(() -> PatternReaders.read(junk))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("spectrum.txt");

    StringBuilder latin1 = new StringBuilder("#Acq. time (s)=10\t#Laser=532 nm\t#Temp=25 °C\n");
    for (int k = 0; k < 20; k++) {
      latin1.append(1000 + 50 * k).append('\t').append(100 + k).append('\n');
    }
    Path labSpec =
        Files.writeString(dir.resolve("labspec.txt"), latin1, StandardCharsets.ISO_8859_1);
    assertThat(RamanSpectrum.read(labSpec).counts()).hasSize(20);
  }

  /**
   * EC-Lab .mpt: a header count of 0 left no column row (NoSuchElementException) and one beyond an
   * int failed to parse (NumberFormatException). Both are refused as no header length.
   */
  @Test
  void anMptHeaderCountOfZeroOrBeyondAnIntIsRefused() throws Exception {
    for (String count : new String[] {"0", "2147483648", "99999999999999999999"}) {
      Path file =
          Files.writeString(
              dir.resolve("gitt.mpt"),
              "EC-Lab ASCII FILE\nNb header lines : " + count,
              WINDOWS_1252);
      assertThatThrownBy(() -> CyclerImporters.importFile(file, ImportOptions.defaults()))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("gitt.mpt")
          .hasMessageContaining("not a header length");
    }
  }

  /**
   * Bruker .brml: a zip whose end-of-directory record is damaged makes the JDK's zip reader fail
   * with an EOFException without a message, which the reader let through (it wrapped only
   * ZipException). It is now refused as a damaged zip, naming the file.
   */
  @Test
  void aBrmlWhoseZipDirectoryEndsEarlyIsRefusedNamingTheFile() throws Exception {
    Path file =
        Files.copy(
            resource("/org/cellbook/analysis/fuzz/brml_damaged_directory.brml"),
            dir.resolve("scan.brml"));
    assertThatThrownBy(() -> PatternReaders.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("scan.brml: the .brml zip is damaged");
  }

  /**
   * {@code analyze} of an isotherm whose first rows are repeated 180 times (a repeated block: some
   * 2,000 points) spent over 6 s of CPU in the automatic BET range search, which fitted every one
   * of its ~10⁶ windows in full. A window is now fitted only while Rouquerol's first criterion
   * holds and a running R² does not rule it out (BetAnalysisTest: it chooses as trying every window
   * does).
   */
  @Test
  void theBetRangeSearchOfARepeatedBlockIsQuick() throws Exception {
    Path original = MaterialsData.file("isotherms/betsi_MCM-41_N2_77K.csv");
    List<String> lines = Files.readAllLines(original);
    List<String> repeated = new ArrayList<>(lines.subList(0, 1));
    for (int k = 0; k < 180; k++) {
      repeated.addAll(lines.subList(1, 12));
    }
    repeated.addAll(lines.subList(1, lines.size()));
    Path file = Files.write(dir.resolve("MCM-41.csv"), repeated);
    SorptionMeasurement m = IsothermImporters.read(file);
    assertThat(m.adsorption().size()).isGreaterThan(1_900);

    BetAnalysis.Result[] result = new BetAnalysis.Result[1];
    long cpu =
        cpuNanos(
            () ->
                result[0] =
                    BetAnalysis.auto(m.adsorption(), BetAnalysis.NITROGEN_CROSS_SECTION_NM2));
    assertThat(cpu).isLessThan(Campaign.LIMIT_NANOS);
    assertThat(result[0].fit().consistent()).isTrue();
  }

  /** The same search on a dense isotherm, 2,000 points (GAB, C 100, k 0.75): 7 s of CPU before. */
  @Test
  void theBetRangeSearchOfADenseIsothermIsQuick() {
    int points = 2_000;
    double[] x = new double[points];
    double[] n = new double[points];
    for (int k = 0; k < points; k++) {
      x[k] = 0.005 + 0.94 * k / points;
      n[k] = 10 * 100 * 0.75 * x[k] / ((1 - 0.75 * x[k]) * (1 - 0.75 * x[k] + 100 * 0.75 * x[k]));
    }
    Isotherm dense = new Isotherm("N2", x, n);
    BetAnalysis.Result[] result = new BetAnalysis.Result[1];
    long cpu =
        cpuNanos(() -> result[0] = BetAnalysis.auto(dense, BetAnalysis.NITROGEN_CROSS_SECTION_NM2));
    assertThat(cpu).isLessThan(Campaign.LIMIT_NANOS);
    assertThat(result[0].fit().consistent()).isTrue();
  }

  /**
   * EC-Lab .mpt: a mass of active material written "." matched the mass's character class and
   * failed to parse (NumberFormatException). Only a number is a mass now; the file reads without.
   */
  @Test
  void anMptMassThatIsNoNumberIsLeftUnread() throws Exception {
    Path real = SharedData.file("cv/synthetic_CV_NaHC_0p1mVs.mpt");
    String text = Files.readString(real, WINDOWS_1252);
    Path file =
        Files.writeString(
            dir.resolve("cv.mpt"),
            text.replace("Mass of active material : 1.200 mg", "Mass of active material : . mg")
                .replace("Characteristic mass : 1.200 mg", "Characteristic mass : , mg"),
            WINDOWS_1252);
    CellSeries damaged = CyclerImporters.importFile(file, ImportOptions.defaults());
    CellSeries original = CyclerImporters.importFile(real, ImportOptions.defaults());
    assertThat(damaged.size()).isEqualTo(original.size());
  }

  private static long cpuNanos(Runnable work) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    work.run();
    return threads.getCurrentThreadCpuTime() - start;
  }
}
