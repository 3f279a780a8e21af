package org.cellbook.analysis.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cellbook.analysis.bench.CyclerFileGenerator;
import org.cellbook.analysis.bench.MprBenchmark;
import org.cellbook.analysis.importers.CyclerImporter;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.importers.ImporterRegistry;
import org.cellbook.analysis.importers.ReadLimits;
import org.cellbook.analysis.raman.RamanSpectrum;
import org.cellbook.analysis.sorption.IsothermImporter;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.testdata.MaterialsData;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.analysis.xrd.DiffractionPattern;
import org.cellbook.analysis.xrd.PatternReaders;

/**
 * Every reader of instrument files, each with its seeds: the cycler importers of {@link
 * ImporterRegistry#standard()}, the sorption importers of {@link IsothermImporters#standard()}, the
 * XRD pattern readers and the Raman spectrum reader. Seeds are the real files of the test resources
 * (text files cut to their first {@value #TEXT_SEED_BYTES} bytes at a line end, so that an input
 * costs milliseconds) and files generated here where the resources have none or only large ones.
 * Every read runs the registry's detection too, since detectors read the same damaged bytes.
 */
final class FuzzTargets {

  /** A text seed longer than this is cut to its first lines. */
  static final int TEXT_SEED_BYTES = 12 * 1024;

  /**
   * Every read starts as the application's does ({@code Analyzer}): the zip check of {@link
   * ReadLimits#checkArchive}, which refuses zip bombs with an {@link ImportException}.
   */
  private static final List<Class<? extends Exception>> IMPORT_ERROR =
      List.of(ImportException.class);

  /** The pattern and spectrum readers refuse with an {@link IOException}. */
  private static final List<Class<? extends Exception>> READ_ERROR =
      List.of(ImportException.class, IOException.class);

  private static final ImporterRegistry<CyclerImporter> CYCLERS = CyclerImporters.standard();
  private static final ImporterRegistry<IsothermImporter> ISOTHERMS = IsothermImporters.standard();

  private FuzzTargets() {}

  /** The seeds of each cycler importer, by its format name. */
  private static Map<String, List<Seed>> cyclerSeeds(Path generated) throws IOException {
    Path landTxt = generated.resolve("generated_land.txt");
    CyclerFileGenerator.write(landTxt, 300, CyclerFileGenerator.Layout.LAND_TXT, 13L);
    Path landXlsx = generated.resolve("generated_land.xlsx");
    CyclerFileGenerator.writeLandWorkbook(landTxt, landXlsx);
    Path mpr = generated.resolve("generated_gcpl.mpr");
    MprBenchmark.write(mpr, 200, 13L);
    Path csv = generated.resolve("generated.csv");
    CyclerFileGenerator.write(csv, 200, CyclerFileGenerator.Layout.CSV, 13L);
    return Map.ofEntries(
        Map.entry(
            "LAND",
            List.of(
                echem("land/synthetic_LAND_NaHC_formation_rate.txt"),
                seed(landXlsx),
                echem("land/synthetic_LAND_NaHC_formation_rate.xlsx"))),
        Map.entry(
            "BioLogic .mpt",
            List.of(
                echem("cv/synthetic_CV_NaHC_0p1mVs.mpt"), echem("gitt/synthetic_GITT_NaHC.mpt"))),
        Map.entry(
            "BioLogic .mpr",
            List.of(
                echem("navani__00_test_01_OCV_C01.mpr"),
                echem("navani__00_test_02_MB_C01.mpr"),
                seed(mpr))),
        Map.entry(
            "Neware export",
            List.of(
                echem("cellpy__neware_uio.csv"),
                resource("importers/neware_bts7_custom_data_003.xls"))),
        Map.entry(
            "Arbin export",
            List.of(
                echem("beep__2017-05-09_test-TC-contact_CH33.csv"),
                echem("navani__bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx"))),
        Map.entry("Arbin .res", List.of(echem("navani__arbin_example.res"))),
        Map.entry("Neware .nda", List.of(echem("navani__test.nda"))),
        Map.entry(
            "Neware .ndax",
            List.of(
                echem("newarenda__123456789012_Unit27_Example_Data_File.ndax"),
                echem("navani__test.ndax"))),
        Map.entry(
            "Maccor text",
            List.of(
                echem("cellpy__maccor_two.txt"),
                echem("beep__PredictionDiagnostics_000151_test.052"),
                resource("importers/maccor_diagnostic_PreDiag_000412_from_cycle_37.022"))),
        Map.entry(
            "PEC csv",
            List.of(echem("cellpy__pec.csv"), resource("importers/pec_hhmmss_Test25205.csv"))),
        Map.entry(
            "Potentiostat ASCII (Autolab NOVA)",
            List.of(echem("cv/synthetic_CV_NaHC_0p1mVs_nova.txt"))),
        Map.entry(
            "Generic delimited text",
            List.of(echem("synthetic/synthetic_Na_hardcarbon_halfcell.csv"), seed(csv))));
  }

  /** The seeds of each sorption importer, by its class name. */
  private static Map<String, List<Seed>> isothermSeeds(Path generated) throws IOException {
    return Map.ofEntries(
        Map.entry(
            "AifImporter",
            List.of(
                materials("isotherms/aif_DUT-6_N2_77K.aif"),
                sorption("aif_DUT-13_BF001_N2_77K_cc.aif"),
                sorption("aif_MIL-53_Ar_87K.aif"))),
        Map.entry(
            "QuantachromeRawDataImporter",
            List.of(
                materials("isotherms/quantachrome_DUT-6_N2_77K_RawAnalysisData.txt"),
                sorption("quantachrome_NovaWin_RE-22_RawAnalysisData.txt"))),
        Map.entry(
            "QuantachromeIsothermReportImporter",
            List.of(
                sorption("quantachrome_QuadraWin_BF001_Isotherm.txt"),
                sorption("quantachrome_ASiQwin_RE-306_Isotherm.txt"))),
        Map.entry(
            "MicromeriticsReportImporter",
            List.of(materials("isotherms/micromeritics_SampleI_N2_77K.xls"))),
        Map.entry(
            "MicromeriticsTextReportImporter",
            List.of(
                sorption("micromeritics_GeminiVII_gvmh97400.TXT"),
                sorption("micromeritics_TriStarII_K01072A.TXT"))),
        Map.entry(
            "MicromeriticsIsothermCsvImporter",
            List.of(sorption("micromeritics_isotherm_columns.csv"))),
        Map.entry("BelsorpDatImporter", List.of(materials("isotherms/bel_CEP3xx-2B_N2_77K.DAT"))),
        Map.entry("ThreePXlsxImporter", List.of(materials("isotherms/3p_CBV712_N2_77K.xlsx"))),
        Map.entry(
            "PygapsJsonImporter",
            List.of(
                materials("isotherms/pygaps_SiO2_N2_77K.json"),
                materials("isotherms/pygaps_Takeda5A_CO2_303K.json"))),
        Map.entry(
            "IsothermSpreadsheetImporter",
            List.of(
                isothermWorkbook(new XSSFWorkbook(), "generated_isotherm.xlsx"),
                isothermWorkbook(new HSSFWorkbook(), "generated_isotherm.xls"))),
        Map.entry(
            "IsothermTextImporter",
            List.of(
                materials("isotherms/betsi_MCM-41_N2_77K.csv"),
                materials("synthetic/synthetic_CO2_273K_DR.csv"))));
  }

  /** All targets; files generated for seeds are written to {@code generated}. */
  static List<FuzzTarget> all(Path generated) {
    try {
      List<FuzzTarget> targets = new ArrayList<>();
      Map<String, List<Seed>> cyclers = cyclerSeeds(generated);
      for (CyclerImporter importer : CYCLERS.importers()) {
        targets.add(
            new FuzzTarget(
                slug(importer.formatName()),
                seedsOf(cyclers, importer.formatName()),
                file -> {
                  ReadLimits.checkArchive(file);
                  CYCLERS.rank(file);
                  importer.parse(file, ImportOptions.defaults());
                },
                IMPORT_ERROR));
      }
      Map<String, List<Seed>> isotherms = isothermSeeds(generated);
      for (IsothermImporter importer : ISOTHERMS.importers()) {
        targets.add(
            new FuzzTarget(
                slug(
                    importer
                        .getClass()
                        .getSimpleName()
                        .replace("Importer", "")
                        .replaceAll("([a-z])([A-Z])", "$1 $2")),
                seedsOf(isotherms, importer.getClass().getSimpleName()),
                file -> {
                  ReadLimits.checkArchive(file);
                  ISOTHERMS.rank(file);
                  importer.read(file);
                },
                IMPORT_ERROR));
      }
      FuzzTarget.Reader pattern =
          file -> {
            ReadLimits.checkArchive(file);
            PatternReaders.detect(file);
            PatternReaders.read(file);
          };
      Path xy = MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy");
      targets.add(
          new FuzzTarget(
              "xrd-brml",
              List.of(materials("xrd/nomad_23-012-AG_2thomegascan_long.brml")),
              pattern,
              READ_ERROR));
      targets.add(
          new FuzzTarget(
              "xrd-xrdml",
              List.of(
                  xrdml(DiffractionPattern.read(xy)), resource("xrd/nomad_XRD-918-16_10.xrdml")),
              pattern,
              READ_ERROR));
      targets.add(
          new FuzzTarget(
              "xrd-ras", List.of(ras(DiffractionPattern.read(xy))), pattern, READ_ERROR));
      targets.add(new FuzzTarget("xrd-xy", List.of(seed(xy)), pattern, READ_ERROR));
      targets.add(
          new FuzzTarget(
              "raman",
              List.of(
                  materials("raman/raman_fitting_testDW38C_pos1.txt"),
                  materials("synthetic/synthetic_carbon_Raman_532nm.txt"),
                  resource("raman/wrighttools_LabRAM_spectrum_wn.txt")),
              file -> {
                ReadLimits.checkArchive(file);
                RamanSpectrum.read(file);
              },
              READ_ERROR));
      return List.copyOf(targets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <K> List<Seed> seedsOf(Map<K, List<Seed>> seeds, K key) {
    List<Seed> list = seeds.get(key);
    if (list == null) {
      throw new IllegalStateException(
          key + " has no fuzzing seeds: add files of its format to FuzzTargets");
    }
    return list;
  }

  /** "BioLogic .mpr" → "biologic-mpr". */
  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replaceAll("\\(.*\\)", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  private static Seed echem(String relative) {
    return seed(SharedData.file(relative));
  }

  private static Seed materials(String relative) {
    return seed(MaterialsData.file(relative));
  }

  private static Seed sorption(String name) {
    return resource("sorption/" + name);
  }

  /** A file of the test resources under {@code org/cellbook/analysis/}. */
  private static Seed resource(String path) {
    try {
      return seed(Path.of(FuzzTargets.class.getResource("/org/cellbook/analysis/" + path).toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A file as a seed; text (not XML) longer than {@link #TEXT_SEED_BYTES} is cut after a line, a
   * zip's big parts are cut (see {@link #smallParts}) and so are the sheets of a big .xls.
   */
  private static Seed seed(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      Seed whole = new Seed(name, bytes);
      if (whole.isZip()) {
        return new Seed(name, Zips.zip(smallParts(Zips.parts(whole))));
      }
      if (bytes.length > 64 * 1024 && bytes[0] == (byte) 0xD0 && bytes[1] == (byte) 0xCF) {
        return new Seed(name, firstRows(bytes));
      }
      // XML cut short is no longer XML: only line-based text is cut
      if (bytes.length > TEXT_SEED_BYTES && isText(bytes) && bytes[0] != '<') {
        int end = TEXT_SEED_BYTES;
        while (end > 0 && bytes[end - 1] != '\n') {
          end--;
        }
        bytes = Arrays.copyOf(bytes, end);
      }
      return new Seed(name, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows kept of a sheet or scan: enough for a cycle or an isotherm branch. */
  private static final int ZIP_SEED_ROWS = 300;

  /**
   * The parts of a zip with the big ones cut, so that an input costs milliseconds: a sheet ({@code
   * <row>}) or a scan ({@code <Datum>}) of more than 64 kB keeps its first {@value #ZIP_SEED_ROWS}
   * rows, and other parts over 1 MB (a .brml's instrument settings, which no reader opens) are left
   * out.
   */
  private static List<Zips.Part> smallParts(List<Zips.Part> parts) {
    List<Zips.Part> out = new ArrayList<>();
    for (Zips.Part p : parts) {
      if (p.bytes().length <= 64 * 1024) {
        out.add(p);
        continue;
      }
      String xml = new String(p.bytes(), StandardCharsets.ISO_8859_1);
      String cut = firstElements(xml, "row");
      cut = cut != null ? cut : firstElements(xml, "Datum");
      if (cut != null) {
        out.add(new Zips.Part(p.name(), cut.getBytes(StandardCharsets.ISO_8859_1)));
      } else if (p.bytes().length <= 1024 * 1024) {
        out.add(p);
      }
    }
    return out;
  }

  /** A BIFF .xls workbook with every sheet cut to its first {@value #ZIP_SEED_ROWS} rows. */
  private static byte[] firstRows(byte[] xls) throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook(new java.io.ByteArrayInputStream(xls))) {
      for (Sheet sheet : wb) {
        for (int r = sheet.getLastRowNum(); r >= ZIP_SEED_ROWS; r--) {
          Row row = sheet.getRow(r);
          if (row != null) {
            sheet.removeRow(row);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** The XML without the {@code tag} elements after the first {@value #ZIP_SEED_ROWS}, or null. */
  private static String firstElements(String xml, String tag) {
    String close = "</" + tag + ">";
    int end = 0;
    for (int k = 0; k < ZIP_SEED_ROWS; k++) {
      end = xml.indexOf(close, end);
      if (end < 0) {
        return null;
      }
      end += close.length();
    }
    return xml.substring(0, end) + xml.substring(xml.lastIndexOf(close) + close.length());
  }

  private static boolean isText(byte[] bytes) {
    for (int k = 0; k < Math.min(bytes.length, 4096); k++) {
      if (bytes[k] == 0) {
        return false;
      }
    }
    return true;
  }

  /** A workbook with a p/p₀ and an amount column, as a user's own sheet. */
  private static Seed isothermWorkbook(Workbook wb, String name) throws IOException {
    Sheet sheet = wb.createSheet("Isotherm");
    sheet.createRow(0).createCell(0).setCellValue("Adsorbate: Nitrogen, 77.35 K");
    Row title = sheet.createRow(2);
    title.createCell(0).setCellValue("P/Po");
    title.createCell(1).setCellValue("Volume @ STP (cc/g)");
    for (int k = 0; k < 30; k++) {
      Row row = sheet.createRow(3 + k);
      double p = 0.01 + 0.03 * k;
      row.createCell(0).setCellValue(p);
      row.createCell(1).setCellValue(150 * 20 * p / ((1 - p) * (1 + 19 * p)));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return new Seed(name, out.toByteArray());
  }

  /** The pattern as a PANalytical .xrdml (start/end positions and counts). */
  private static Seed xrdml(DiffractionPattern p) {
    double[] x = p.twoThetaDegrees();
    StringBuilder counts = new StringBuilder();
    for (double c : p.counts()) {
      counts.append(counts.isEmpty() ? "" : " ").append((long) c);
    }
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xrdMeasurements xmlns="http://www.xrdml.com/XRDMeasurement/1.5" status="Completed">
          <xrdMeasurement measurementType="Scan" status="Completed">
            <usedWavelength intended="K-Alpha 1"><kAlpha1 unit="Angstrom">1.5405980</kAlpha1></usedWavelength>
            <scan appendNumber="0" mode="Continuous" scanAxis="Gonio" status="Completed">
              <dataPoints>
                <positions axis="2Theta" unit="deg">
                  <startPosition>%s</startPosition>
                  <endPosition>%s</endPosition>
                </positions>
                <commonCountingTime unit="seconds">1.0</commonCountingTime>
                <counts unit="counts">%s</counts>
              </dataPoints>
            </scan>
          </xrdMeasurement>
        </xrdMeasurements>
        """
            .formatted(x[0], x[x.length - 1], counts);
    return new Seed("generated.xrdml", xml.getBytes(StandardCharsets.UTF_8));
  }

  /** The pattern as a Rigaku .ras. */
  private static Seed ras(DiffractionPattern p) {
    StringBuilder ras =
        new StringBuilder(
            "*RAS_DATA_START\r\n*RAS_HEADER_START\r\n*HW_XG_WAVE_LENGTH_ALPHA1 \"1.540593\"\r\n"
                + "*RAS_HEADER_END\r\n*RAS_INT_START\r\n");
    for (int k = 0; k < p.counts().length; k++) {
      ras.append(
          String.format(
              Locale.ROOT, "%.4f %.1f 1.0000\r\n", p.twoThetaDegrees()[k], p.counts()[k]));
    }
    ras.append("*RAS_INT_END\r\n*RAS_DATA_END\r\n");
    return new Seed("generated.ras", ras.toString().getBytes(StandardCharsets.ISO_8859_1));
  }
}
