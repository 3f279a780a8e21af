package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Every shared isotherm file is detected by content, read with both branches, and analysed to the
 * values of MANIFEST.tsv (BET_rouquerol, tplot_HJ_0.35-0.50nm, total_pore_volume_0.99).
 */
class IsothermImportersTest {

  /** Liquid N₂ cm³ per mmol adsorbed: 22.414 cm³(STP)/mmol × 0.0015468 (METHODS.md §1.4–1.5). */
  private static final double LIQUID_CM3_PER_MMOL = 22.414 * 0.0015468;

  private static SorptionMeasurement read(String relative) throws Exception {
    return IsothermImporters.read(MaterialsData.file(relative));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "isotherms/aif_DUT-6_N2_77K.aif, AIF, 24",
    "isotherms/quantachrome_DUT-6_N2_77K_RawAnalysisData.txt, Quantachrome, 24",
    "isotherms/micromeritics_SampleI_N2_77K.xls, Micromeritics, 24",
    "isotherms/bel_CEP3xx-2B_N2_77K.DAT, BELSORP, 24",
    "isotherms/3p_CBV712_N2_77K.xlsx, 3P Instruments, 19",
    "isotherms/pygaps_Takeda5A_N2_77K.json, pyGAPS, 35",
    "isotherms/pygaps_SiO2_N2_77K.json, pyGAPS, 15",
    "isotherms/betsi_MCM-41_N2_77K.csv, Isotherm text, 0",
    "isotherms/betsi_Zeolite-13X_N2_77K.csv, Isotherm text, 0",
    "isotherms/betsi_UiO-66_N2_77K.csv, Isotherm text, 0",
    "isotherms/betsi_ZIF-8_N2_77K.csv, Isotherm text, 0",
  })
  void nitrogenIsothermGivesTheManifestBetTPlotAndPoreVolume(
      String relative, String format, int desorptionPoints) throws Exception {
    JsonNode expected = MaterialsData.expected(relative);
    assertThat(IsothermImporters.standard().detect(MaterialsData.file(relative)))
        .hasValueSatisfying(d -> assertThat(d.importer().formatName()).contains(format));
    SorptionMeasurement m = read(relative);
    assertThat(m.adsorption().size()).isEqualTo(expected.get("n_ads_points").asInt());
    assertThat(m.desorption().size()).isEqualTo(desorptionPoints);

    // BET, Rouquerol/BETSI automatic range: area within 0.5 %, same window and tier
    JsonNode bet = expected.get("BET_rouquerol");
    BetAnalysis.Result r = BetAnalysis.auto(m.adsorption(), BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
    assertThat(r).isNotNull();
    double area = bet.get("area").asDouble();
    assertThat(r.fit().areaSquareMetresPerGram()).isCloseTo(area, within(0.005 * area));
    assertThat(r.fit().c())
        .isCloseTo(bet.get("C").asDouble(), within(1e-3 * bet.get("C").asDouble()));
    assertThat(r.fit().points()).isEqualTo(bet.get("n_points").asInt());
    // the manifest rounds p/p0 to five decimals
    assertThat(r.fit().minRelativePressure()).isCloseTo(bet.get("p_min").asDouble(), within(5e-6));
    assertThat(r.fit().maxRelativePressure()).isCloseTo(bet.get("p_max").asDouble(), within(5e-6));
    assertThat(bet.get("note").asString()).startsWith("tier " + r.tier() + ":");
    assertThat(r.areaValidMin())
        .isCloseTo(bet.get("area_valid_min").asDouble(), within(0.005 * area));
    assertThat(r.areaValidMax())
        .isCloseTo(bet.get("area_valid_max").asDouble(), within(0.005 * area));

    // t-plot, Harkins–Jura, t = 0.35–0.50 nm: V = b × 22.414 × 0.0015468 (signed, as the
    // reference reports it), S_ext = s × 22.414 × 0.0015468 × 1000
    JsonNode t = expected.get("tplot_HJ_0.35-0.50nm");
    TPlot tplot = TPlot.fit(m.adsorption(), 0.35, 0.50);
    assertThat(tplot.points()).isEqualTo(t.get("n_points").asInt());
    assertThat(tplot.interceptMillimolesPerGram() * LIQUID_CM3_PER_MMOL)
        .isCloseTo(t.get("V_micro").asDouble(), within(1e-4));
    double external = t.get("S_ext").asDouble();
    assertThat(tplot.externalAreaSquareMetresPerGram())
        .isCloseTo(external, within(0.005 * external));

    // Gurvich total pore volume at p/p0 = 0.99, "n/a" when the isotherm stops below it
    JsonNode total = expected.get("total_pore_volume_0.99");
    double volume = BetAnalysis.totalPoreVolumeCm3PerGram(m.adsorption(), 0.99, Probe.N2_77K);
    if (total.isObject()) {
      assertThat(volume)
          .isCloseTo(
              total.get("V_total").asDouble(), within(0.005 * total.get("V_total").asDouble()));
    } else {
      assertThat(total.asString()).startsWith("n/a");
      assertThat(volume).isNaN();
    }
  }

  @Test
  void aifAndQuantachromeExportsOfOneMeasurementGiveIdenticalResults() throws Exception {
    SorptionMeasurement aif = read("isotherms/aif_DUT-6_N2_77K.aif");
    SorptionMeasurement qnt = read("isotherms/quantachrome_DUT-6_N2_77K_RawAnalysisData.txt");

    // AIF in Pa and mmol/g; Quantachrome in Torr and total cc(STP): 0.004927 cc / 0.0339 g /
    // 22.414 cc/mmol = 0.0064843 mmol/g, 0.00202042 Torr / 764.02 Torr = 2.6445e-6
    for (Isotherm[] pair :
        new Isotherm[][] {
          {aif.adsorption(), qnt.adsorption()}, {aif.desorption(), qnt.desorption()}
        }) {
      assertThat(pair[1].size()).isEqualTo(pair[0].size());
      for (int k = 0; k < pair[0].size(); k++) {
        assertThat(pair[1].relativePressure()[k])
            .isCloseTo(pair[0].relativePressure()[k], within(1e-9 * pair[0].relativePressure()[k]));
        assertThat(pair[1].amountMillimolesPerGram()[k])
            .isCloseTo(
                pair[0].amountMillimolesPerGram()[k],
                within(1e-9 * pair[0].amountMillimolesPerGram()[k]));
      }
    }
    BetAnalysis.Fit a = BetAnalysis.auto(aif.adsorption(), 0.162).fit();
    BetAnalysis.Fit q = BetAnalysis.auto(qnt.adsorption(), 0.162).fit();
    assertThat(q.first()).isEqualTo(a.first());
    assertThat(q.last()).isEqualTo(a.last());
    assertThat(q.areaSquareMetresPerGram())
        .isCloseTo(a.areaSquareMetresPerGram(), within(1e-9 * a.areaSquareMetresPerGram()));
    assertThat(TPlot.fit(qnt.adsorption(), 0.35, 0.5).externalAreaSquareMetresPerGram())
        .isCloseTo(
            TPlot.fit(aif.adsorption(), 0.35, 0.5).externalAreaSquareMetresPerGram(), within(1e-6));
    assertThat(qnt.sampleMassGrams()).isEqualTo(aif.sampleMassGrams()).isEqualTo(0.0339);
    assertThat(qnt.sampleName()).isEqualTo(aif.sampleName()).isEqualTo("nk_DUT-6_LP_N2_114pkt");
    assertThat(qnt.temperatureKelvin()).isEqualTo(aif.temperatureKelvin()).isEqualTo(77.3);
    // p0 764.02 Torr × 101325/760 Pa/Torr = 101 861 Pa
    assertThat(qnt.saturationPressurePascals())
        .isCloseTo(aif.saturationPressurePascals(), within(0.1));
  }

  @Test
  void carbonDioxideAt303KGivesTheManifestDubininRadushkevich() throws Exception {
    JsonNode expected =
        MaterialsData.expected("isotherms/pygaps_Takeda5A_CO2_303K.json").get("DR_rho1.023");
    SorptionMeasurement m = read("isotherms/pygaps_Takeda5A_CO2_303K.json");
    assertThat(m.adsorbate()).isEqualTo("CO2");
    assertThat(m.temperatureKelvin()).isEqualTo(303.0);
    // Span–Wagner at 303 K: 71.89 bar (MANIFEST); the file has absolute bar only
    assertThat(m.saturationPressurePascals()).isCloseTo(71.89e5, within(0.01e5));
    assertThat(m.warnings()).anyMatch(w -> w.contains("Span–Wagner") && w.contains("assumed"));
    assertThat(m.adsorption().relativePressure()[0])
        .isCloseTo(
            expected.get("p_min").asDouble(), within(1e-4 * expected.get("p_min").asDouble()));

    DubininRadushkevich dr =
        DubininRadushkevich.fit(
            m.adsorption(),
            0,
            1,
            m.temperatureKelvin(),
            44.0095,
            1.023,
            expected.get("beta").asDouble());
    // W0 = n0 × 1e-3 × 44.0095 g/mol / 1.023 g/cm3
    assertThat(dr.points()).isEqualTo(expected.get("n_points").asInt());
    assertThat(dr.limitingAmountMillimolesPerGram())
        .isCloseTo(expected.get("n0_mmol_g").asDouble(), within(1e-4));
    assertThat(dr.microporeVolumeCm3PerGram())
        .isCloseTo(expected.get("W0").asDouble(), within(1e-5));
    assertThat(dr.d()).isCloseTo(expected.get("D").asDouble(), within(1e-5));
    assertThat(dr.rSquared()).isCloseTo(expected.get("r2").asDouble(), within(1e-5));
    assertThat(dr.characteristicEnergyKilojoulesPerMole())
        .isCloseTo(expected.get("E0_kJ_mol").asDouble(), within(1e-3));
  }

  @Test
  void headerFieldsOfEachFormatAreRead() throws Exception {
    SorptionMeasurement aif = read("isotherms/aif_DUT-6_N2_77K.aif");
    assertThat(aif.adsorbate()).isEqualTo("N2");
    assertThat(aif.instrument()).isEqualTo("Autosorb Station 1");
    // one p0 for every point: 101 860.98 Pa
    assertThat(aif.saturationPressurePascals()).isCloseTo(101_860.98, within(0.01));
    assertThat(aif.warnings()).isEmpty();

    SorptionMeasurement mic = read("isotherms/micromeritics_SampleI_N2_77K.xls");
    assertThat(mic.sampleName()).isEqualTo("SD 687-scale up");
    assertThat(mic.sampleMassGrams()).isEqualTo(0.1226);
    assertThat(mic.temperatureKelvin()).isEqualTo(77.3);
    assertThat(mic.adsorbate()).isEqualTo("N2");
    assertThat(mic.instrument()).contains("MicroActive");
    // mean of the "Saturation Pressure (mbar)" column over the adsorption points, ~995 mbar
    assertThat(mic.saturationPressurePascals()).isBetween(99_000.0, 100_000.0);

    SorptionMeasurement bel = read("isotherms/bel_CEP3xx-2B_N2_77K.DAT");
    assertThat(bel.sampleName()).isEqualTo("CEP 3XX-2B");
    assertThat(bel.sampleMassGrams()).isEqualTo(0.33383);
    assertThat(bel.temperatureKelvin()).isEqualTo(77.0);
    assertThat(bel.instrument()).contains("BELSORP").contains("00203");
    // last adsorption point: Pe 102.30 kPa over P0 101.86 kPa = 1.0043 (p0 drift), kept
    assertThat(bel.adsorption().relativePressure()[31]).isCloseTo(102.30 / 101.86, within(1e-9));
    assertThat(bel.warnings()).singleElement().asString().contains("above p/p0 = 1", "line 68");

    SorptionMeasurement threeP = read("isotherms/3p_CBV712_N2_77K.xlsx");
    assertThat(threeP.sampleName()).isEqualTo("CBV712");
    // "0,0304(g)": decimal comma
    assertThat(threeP.sampleMassGrams()).isEqualTo(0.0304);
    assertThat(threeP.adsorbate()).isEqualTo("N2");
    assertThat(threeP.temperatureKelvin()).isNull();

    SorptionMeasurement pygaps = read("isotherms/pygaps_SiO2_N2_77K.json");
    assertThat(pygaps.sampleName()).isEqualTo("SiO2");
    assertThat(pygaps.temperatureKelvin()).isEqualTo(77.355);
    assertThat(pygaps.saturationPressurePascals()).isEqualTo(101_325.0);
    assertThat(pygaps.warnings())
        .singleElement()
        .asString()
        .contains("p0 = 101.325 kPa assumed for N2");

    SorptionMeasurement text = read("isotherms/betsi_MCM-41_N2_77K.csv");
    assertThat(text.adsorbate()).isNull();
    assertThat(text.saturationPressurePascals()).isNull();
  }

  @Test
  void adsorptionBranchEndsAtTheHighestPressureAndDesorptionFollows() throws Exception {
    SorptionMeasurement qnt = read("isotherms/quantachrome_DUT-6_N2_77K_RawAnalysisData.txt");
    Isotherm ads = qnt.adsorption();
    Isotherm des = qnt.desorption();
    // last adsorption row 752.198 Torr, first desorption row 728.411 Torr (of 764.02 Torr)
    assertThat(ads.relativePressure()[ads.size() - 1]).isCloseTo(752.198 / 764.02, within(1e-12));
    assertThat(des.relativePressure()[des.size() - 1]).isCloseTo(728.411 / 764.02, within(1e-12));
    assertThat(des.relativePressure()[0]).isCloseTo(10.6046 / 764.02, within(1e-12));
  }

  @Test
  void fileNamesDoNotDecideTheFormat(@TempDir Path dir) throws Exception {
    Path renamed =
        Files.copy(
            MaterialsData.file("isotherms/bel_CEP3xx-2B_N2_77K.DAT"), dir.resolve("export.txt"));
    assertThat(IsothermImporters.standard().detect(renamed))
        .hasValueSatisfying(d -> assertThat(d.importer().formatName()).contains("BELSORP"));
    Path aif =
        Files.copy(
            MaterialsData.file("isotherms/aif_DUT-6_N2_77K.aif"), dir.resolve("measurement.csv"));
    assertThat(IsothermImporters.read(aif).format()).startsWith("AIF");
  }

  /**
   * BETSI's MCM-41 csv as a decimal-comma spreadsheet saves it (semicolons, "9,79E-03;141,85"): the
   * plain-text reader splits at semicolons only and reads the commas as decimal marks, where it
   * used to split "9,79E-03" into 9 and 79E-03.
   */
  @Test
  void semicolonSeparatedTextWithDecimalCommasReadsLikeTheOriginal(@TempDir Path dir)
      throws Exception {
    Path original = MaterialsData.file("isotherms/betsi_MCM-41_N2_77K.csv");
    String text = Files.readString(original).replace(',', ';').replace('.', ',');
    Path semicolons = Files.writeString(dir.resolve("MCM-41_de.csv"), text);
    SorptionMeasurement a = IsothermImporters.read(semicolons);
    SorptionMeasurement b = IsothermImporters.read(original);
    assertThat(a.format()).startsWith("Isotherm text");
    assertThat(a.adsorption().relativePressure())
        .containsExactly(b.adsorption().relativePressure());
    assertThat(a.adsorption().amountMillimolesPerGram())
        .containsExactly(b.adsorption().amountMillimolesPerGram());

    Path thousands =
        Files.writeString(
            dir.resolve("thousands.csv"), text.replace("141,8502983", "1.141,8502983"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IsothermImporters.read(thousands))
        .isInstanceOf(org.cellbook.analysis.importers.ImportException.class)
        .hasMessageStartingWith(
            "thousands.csv, line 2: '9,79E-03;1.141,8502983' is not a pressure and an amount");
  }

  /**
   * The same Micromeritics report saved as .xlsx (Excel's "Save as"): no such file is in the shared
   * data, so the test writes one cell for cell from the real .xls and reads both.
   */
  @Test
  void micromeriticsReportSavedAsXlsxReadsTheSame(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path xls = MaterialsData.file("isotherms/micromeritics_SampleI_N2_77K.xls");
    Path xlsx = dir.resolve("SampleI.xlsx");
    try (var in = java.nio.file.Files.newInputStream(xls);
        var source = new org.apache.poi.hssf.usermodel.HSSFWorkbook(in);
        var target = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = java.nio.file.Files.newOutputStream(xlsx)) {
      for (var sheet : source) {
        var copy = target.createSheet(sheet.getSheetName());
        for (var row : sheet) {
          var r = copy.createRow(row.getRowNum());
          for (var cell : row) {
            var c = r.createCell(cell.getColumnIndex());
            switch (cell.getCellType()) {
              case NUMERIC -> c.setCellValue(cell.getNumericCellValue());
              case STRING -> c.setCellValue(cell.getStringCellValue());
              case BOOLEAN -> c.setCellValue(cell.getBooleanCellValue());
              default -> {}
            }
          }
        }
      }
      target.write(out);
    }
    SorptionMeasurement fromXls = IsothermImporters.read(xls);
    SorptionMeasurement fromXlsx = IsothermImporters.read(xlsx);
    assertThat(IsothermImporters.standard().detect(xlsx)).isPresent();
    assertThat(fromXlsx.adsorption().relativePressure())
        .containsExactly(fromXls.adsorption().relativePressure(), within(1e-12));
    assertThat(fromXlsx.adsorption().amountMillimolesPerGram())
        .containsExactly(fromXls.adsorption().amountMillimolesPerGram(), within(1e-12));
    assertThat(fromXlsx.sampleMassGrams()).isEqualTo(fromXls.sampleMassGrams());
  }
}
