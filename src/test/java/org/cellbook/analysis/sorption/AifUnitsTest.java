package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AIF amounts are per mass of sample: {@code _units_loading 'cc'} with {@code _units_mass 'g'} is
 * cm³(STP) g⁻¹, already divided by the sample mass (raw2aif writes Quantachrome's Volume @ STP
 * after that division). Read as a total, they were divided by the mass again: BET ×18 (DUT-75,
 * 76,326 m² g⁻¹) to ×123 (DUT-60). The files are the AIF project's own conversions of Quantachrome,
 * Micromeritics, BEL and DMOF exports (README.md beside them).
 */
class AifUnitsTest {

  @TempDir Path dir;

  private static SorptionMeasurement read(String resource) throws Exception {
    return IsothermImporters.read(MicromeriticsTextReportImporterTest.resource(resource));
  }

  /**
   * The AIF project ships DUT-6 twice: as mmol g⁻¹ in Pa (the shared reference file, whose MANIFEST
   * gives BET 4750.2 m² g⁻¹) and as its raw2aif conversion in 'cc' and Torr. Both are one
   * measurement: the same amounts per gram, the same BET area.
   */
  @Test
  void ccAifGivesTheAmountsOfTheMillimolePerGramAifOfTheSameMeasurement() throws Exception {
    SorptionMeasurement cc = read("aif_DUT-6_N2_77K_cc.aif");
    SorptionMeasurement mmol =
        IsothermImporters.read(MaterialsData.file("isotherms/aif_DUT-6_N2_77K.aif"));
    double[] a = cc.adsorption().amountMillimolesPerGram();
    double[] b = mmol.adsorption().amountMillimolesPerGram();
    assertThat(a).hasSameSizeAs(b);
    for (int k = 0; k < a.length; k++) {
      assertThat(a[k]).as("point %d", k).isCloseTo(b[k], within(1e-9 * b[k]));
      assertThat(cc.adsorption().relativePressure()[k])
          .isCloseTo(mmol.adsorption().relativePressure()[k], within(1e-9));
    }
    assertThat(cc.sampleMassGrams()).isEqualTo(0.0339);
    assertThat(cc.warnings())
        .singleElement()
        .asString()
        .contains("'cc' read per g of sample", "_units_mass");
    double area =
        MaterialsData.expected("isotherms/aif_DUT-6_N2_77K.aif")
            .at("/BET_rouquerol/area")
            .asDouble();
    assertThat(
            BetAnalysis.auto(cc.adsorption(), BetAnalysis.NITROGEN_CROSS_SECTION_NM2)
                .fit()
                .areaSquareMetresPerGram())
        .isCloseTo(area, within(0.0005 * area));
  }

  /**
   * DUT-13 (BF001): QuadraWin's own Isotherm report gives the amounts in cc/g; the AIF of the same
   * run ('cc', mmHg) must give the same numbers to the rounding of the raw data's total cc (1e-4),
   * not 1/0.0101 g = 99 times them. (The report's pressures carry QuadraWin's thermal-transpiration
   * correction, the raw data's do not.)
   */
  @Test
  void ccAifGivesTheInstrumentsPerGramAmounts() throws Exception {
    Isotherm aif = read("aif_DUT-13_BF001_N2_77K_cc.aif").adsorption();
    Isotherm report = read("quantachrome_QuadraWin_BF001_Isotherm.txt").adsorption();
    assertThat(aif.size()).isEqualTo(report.size());
    for (int k = 0; k < aif.size(); k++) {
      double n = report.amountMillimolesPerGram()[k];
      assertThat(aif.amountMillimolesPerGram()[k]).as("point %d", k).isCloseTo(n, within(1e-4 * n));
    }
  }

  /**
   * DUT-75 gave 76,326 m² g⁻¹. ASiQwin's Isotherm report of the run lists 247.3522 cc/g for the
   * first point and 826.2009 cc/g for the 23rd; the BET area falls back by the sample mass, 0.0539
   * g, to a MOF's ≈4,100 m² g⁻¹.
   */
  @Test
  void dut75IsReadPerGramAndItsBetAreaIsAMofs() throws Exception {
    SorptionMeasurement m = read("aif_DUT-75_N2_77K_cc.aif");
    Isotherm ads = m.adsorption();
    assertThat(ads.amountMillimolesPerGram()[0] * Isotherm.CM3_STP_PER_MMOL)
        .isCloseTo(247.3522, within(1e-5 * 247.3522));
    assertThat(ads.amountMillimolesPerGram()[22] * Isotherm.CM3_STP_PER_MMOL)
        .isCloseTo(826.2009, within(1e-5 * 826.2009));
    double area =
        BetAnalysis.auto(ads, BetAnalysis.NITROGEN_CROSS_SECTION_NM2)
            .fit()
            .areaSquareMetresPerGram();
    assertThat(area).isCloseTo(76_326.1 * 0.0539, within(1.0));
  }

  /** pyGAPS writes {@code _units_pressure 'relative'} for p/p₀ (Micromeritics Sample C). */
  @Test
  void relativePressuresAreTakenAsTheyAre() throws Exception {
    SorptionMeasurement m = read("aif_micromeritics_C_N2_77K_relative.aif");
    String text =
        Files.readString(
            MicromeriticsTextReportImporterTest.resource("aif_micromeritics_C_N2_77K_relative.aif"),
            StandardCharsets.UTF_8);
    String firstRow =
        text.lines().filter(l -> l.matches("^[0-9.eE-]+ [0-9.eE-]+$")).findFirst().orElseThrow();
    double x = Double.parseDouble(firstRow.split(" ")[0]);
    double n = Double.parseDouble(firstRow.split(" ")[1]);
    assertThat(m.adsorption().relativePressure()[0]).isEqualTo(x);
    assertThat(m.adsorption().amountMillimolesPerGram()[0])
        .isCloseTo(n / Isotherm.CM3_STP_PER_MMOL, within(1e-12));
    assertThat(m.saturationPressurePascals()).isNull();
  }

  /** "cm^3(STP) g^-1", as the AIF project writes DMOF and BelMax files, was refused. */
  @Test
  void caretAndBracketUnitsOfTheDmofFilesAreRead() throws Exception {
    SorptionMeasurement m = read("aif_DMOF_C2H6_298K.aif");
    assertThat(m.adsorbate()).isEqualTo("C2H6");
    assertThat(m.temperatureKelvin()).isEqualTo(298.15);
    assertThat(m.warnings()).isEmpty();
  }

  /**
   * The loading strings of adsorption-file-parser's unit tests (the ones with an amount per mass),
   * and the ones AIF files in the wild carry.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mmol/g | 1 | true",
        "mmol g^-1 | 1 | true",
        "mmol /g | 1 | true",
        "mmol g^(-1) | 1 | true",
        "mol kg^{-1} | 1 | true",
        "mol/g | 1000 | true",
        "mmol/kg | 0.001 | true",
        "cc STP / g | 0.0446150 | true",
        "cm3 STP g-1 | 0.0446150 | true",
        "cm³_{STP} g^{-1} | 0.0446150 | true",
        "ml(STP) / g | 0.0446150 | true",
        "cm3 g^-1 (STP) | 0.0446150 | true",
        "'cm3 g^(-1), (STP)' | 0.0446150 | true",
        "cm^3(STP) g^-1 | 0.0446150 | true",
        "ml(STP) g-1 | 0.0446150 | true",
        "cm³/g STP | 0.0446150 | true",
        "cc/mg | 44.6150 | true",
        "cc | 0.0446150 | false",
        "mmol | 1 | false",
      })
  void amountUnitsAreParsedLikeAdsorptionFileParserDoes(
      String unit, double millimolesPerUnit, boolean perGram) {
    Quantities.AmountUnit u = Quantities.amountUnit(unit);
    assertThat(u).isNotNull();
    assertThat(u.millimolesPerUnit())
        .isCloseTo(millimolesPerUnit, within(1e-6 * millimolesPerUnit));
    assertThat(u.perGram()).isEqualTo(perGram);
  }

  @ParameterizedTest
  @CsvSource({"kmol/m3", "g /cm3", "cc /cm3", "wt%", "ml/h"})
  void amountsPerVolumeOfAdsorbentOrNoAmountAtAllAreRefused(String unit) {
    assertThat(Quantities.amountUnit(unit)).isNull();
  }

  /** An AIF amount per volume of adsorbent (NIST's kmol/m³) needs a density the file lacks. */
  @Test
  void aifAmountPerVolumeOfAdsorbentNamesTheUnit() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("nist.aif"),
            """
            data_x
            _exptl_adsorptive Argon
            _exptl_temperature 87
            _units_loading kmol/m3
            _units_pressure bar
            loop_
            _adsorp_pressure
            _adsorp_amount
            0.1 1
            0.2 2
            0.3 3
            """);
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("nist.aif")
        .hasMessageContaining("_units_loading")
        .hasMessageContaining("kmol/m3");
  }

  /** An amount in mmol per _units_mass mg is 1000 times the same number per g. */
  @Test
  void amountWithoutMassIsPerTheUnitsMass() throws Exception {
    String aif =
        """
        data_x
        _exptl_adsorptive N2
        _exptl_temperature 77.3
        _units_loading mmol
        _units_pressure relative
        _units_mass %s
        loop_
        _adsorp_pressure
        _adsorp_amount
        0.1 0.001
        0.2 0.002
        0.3 0.003
        """;
    Path mg = Files.writeString(dir.resolve("mg.aif"), aif.formatted("mg"));
    Path g = Files.writeString(dir.resolve("g.aif"), aif.formatted("g"));
    assertThat(IsothermImporters.read(mg).adsorption().amountMillimolesPerGram())
        .containsExactly(new double[] {1, 2, 3}, within(1e-12));
    assertThat(IsothermImporters.read(g).adsorption().amountMillimolesPerGram())
        .containsExactly(new double[] {0.001, 0.002, 0.003}, within(1e-15));
    Path oz = Files.writeString(dir.resolve("oz.aif"), aif.formatted("oz"));
    assertThatThrownBy(() -> IsothermImporters.read(oz))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("_units_mass")
        .hasMessageContaining("'oz'");
  }
}
