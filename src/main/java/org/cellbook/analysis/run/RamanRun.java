package org.cellbook.analysis.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.cellbook.analysis.kpi.ImplausibleKpis;
import org.cellbook.analysis.raman.CarbonRaman;
import org.cellbook.analysis.raman.CarbonRamanAnalysis;
import org.cellbook.analysis.raman.RamanSpectrum;
import org.cellbook.analysis.raman.SadezkyRaman;
import org.cellbook.analysis.xrd.XyText;
import org.jspecify.annotations.Nullable;

/**
 * A Raman spectrum of a carbon ({@link CarbonRamanAnalysis}): the two-Lorentzian D/G fit, the
 * Breit–Wigner–Fano G fit and the Sadezky multi-band fit, each with its I_D/I_G, and the laser
 * wavelength the header states.
 *
 * @param firstShiftPerCm where the spectrum starts (cm⁻¹)
 * @param lastShiftPerCm where it ends
 * @param laserWavelengthNm the excitation the header states, null when it states none
 */
public record RamanRun(
    AnalysedFile file,
    double firstShiftPerCm,
    double lastShiftPerCm,
    CarbonRamanAnalysis carbon,
    @Nullable Double laserWavelengthNm,
    Map<String, Number> kpis,
    Map<String, String> implausible,
    List<String> warnings)
    implements AnalysisResult {

  private static final java.util.regex.Pattern LASER =
      java.util.regex.Pattern.compile(
          "(?i)(?:laser|excitation)[^0-9\\r\\n]{0,40}?([2-9][0-9]{2}(?:\\.[0-9]+)?)");

  public RamanRun {
    kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    implausible = Collections.unmodifiableMap(new LinkedHashMap<>(implausible));
    warnings = List.copyOf(warnings);
  }

  /**
   * What the spectrum's plots draw over the measured counts: the two-band and the multi-band fits,
   * each null when not made, and the fits not made and why.
   */
  public record PlotData(CarbonRaman lorentz, SadezkyRaman multiband, List<String> skipped) {}

  @Override
  public String technique() {
    return "raman";
  }

  @Override
  public RamanRun withWarnings(List<String> replaced) {
    return new RamanRun(
        file,
        firstShiftPerCm,
        lastShiftPerCm,
        carbon,
        laserWavelengthNm,
        kpis,
        implausible,
        replaced);
  }

  @Override
  public PlotData plotData() {
    return new PlotData(carbon.lorentz(), carbon.multiband(), carbon.warnings());
  }

  @Override
  public String json(boolean plotData) {
    return RamanReport.json(this, plotData);
  }

  @Override
  public String table() {
    return RamanReport.table(this);
  }

  static RamanRun analyze(Path file) throws IOException {
    XyText text = XyText.read(file);
    RamanSpectrum spectrum = RamanSpectrum.fromText(file, text);
    double[] x = spectrum.ramanShiftPerCm();
    CarbonRamanAnalysis carbon = CarbonRamanAnalysis.of(x, spectrum.counts());
    List<String> warnings = new ArrayList<>(carbon.warnings());
    Double laser = laserWavelengthNm(text.header());
    if (laser == null) {
      warnings.add("the file does not state the laser wavelength");
    }
    ImplausibleKpis implausible = new ImplausibleKpis();
    Map<String, Number> kpis = new LinkedHashMap<>();
    CarbonRaman r = carbon.lorentz();
    if (r != null) {
      implausible.check(
          "id_ig_height", "I_D/I_G (height)", r.idIgHeight(), CarbonRaman.ID_IG_HEIGHT);
      implausible.check("id_ig_area", "I_D/I_G (area)", r.idIgArea(), CarbonRaman.ID_IG_AREA);
      kpis.put("raman_d_position_cm1", r.dCentre());
      kpis.put("raman_g_position_cm1", r.gCentre());
      kpis.put("raman_d_fwhm_cm1", r.dWidth());
      kpis.put("raman_g_fwhm_cm1", r.gWidth());
      kpis.put("id_ig_height", r.idIgHeight());
      kpis.put("id_ig_height_se", r.idIgHeightSe());
      if (r.standardErrors().length > 4) {
        kpis.put("raman_d_position_se_cm1", r.standardErrors()[1]);
        kpis.put("raman_g_position_se_cm1", r.standardErrors()[4]);
      } else if (r.standardErrors().length > 1) {
        kpis.put("raman_d_position_se_cm1", r.standardErrors()[1]);
      }
      kpis.put("id_ig_area", r.idIgArea());
      kpis.put("raman_fit_r2", r.rSquared());
      kpis.put("raman_fit_iterations", r.iterations());
    }
    if (laser != null) {
      kpis.put("laser_wavelength_nm", laser);
    }
    CarbonRaman bwf = carbon.bwf();
    if (bwf != null) {
      implausible.check(
          "id_ig_height_bwf", "I_D/I_G (height, BWF)", bwf.idIgHeight(), CarbonRaman.ID_IG_HEIGHT);
      kpis.put("id_ig_height_bwf", bwf.idIgHeight());
      kpis.put("raman_g_position_bwf_cm1", bwf.gCentre());
      kpis.put("bwf_q", bwf.bwfQ());
      kpis.put("raman_fit_r2_bwf", bwf.rSquared());
    }
    SadezkyRaman four = carbon.multiband();
    if (four != null) {
      implausible.check(
          "id_ig_height_multiband",
          "I_D1/I_G (height, multi-band)",
          four.idIgHeight(),
          CarbonRaman.ID_IG_HEIGHT);
      implausible.check(
          "id_ig_area_multiband",
          "I_D1/I_G (area, multi-band)",
          four.idIgArea(),
          CarbonRaman.ID_IG_AREA);
      four.band("D4").ifPresent(d4 -> kpis.put("raman_d4_position_cm1", d4.centre()));
      kpis.put("raman_d3_position_cm1", four.band("D3").orElseThrow().centre());
      kpis.put("raman_d3_fwhm_cm1", four.band("D3").orElseThrow().fwhm());
      kpis.put("raman_d1_position_multiband_cm1", four.band("D1").orElseThrow().centre());
      kpis.put("raman_g_position_multiband_cm1", four.band("G").orElseThrow().centre());
      kpis.put("id_ig_height_multiband", four.idIgHeight());
      kpis.put("id_ig_height_multiband_se", four.idIgHeightSe());
      kpis.put("id_ig_area_multiband", four.idIgArea());
      kpis.put("id3_ig_height", four.id3IgHeight());
      kpis.put("raman_multiband_r2", four.rSquared());
    }
    return new RamanRun(
        new AnalysedFile(file.toString(), Analyzer.sha256(file), "two-column-text", null, x.length),
        x[0],
        x[x.length - 1],
        carbon,
        laser,
        kpis,
        implausible.reasons(),
        warnings);
  }

  /**
   * The excitation wavelength a header states ("#Laser=532.17(nm)" or "#Laser (nm)=\t532" in
   * LabSpec exports, "laser 532 nm"), or null.
   */
  static Double laserWavelengthNm(List<String> header) {
    return header.stream()
        .map(LASER::matcher)
        .filter(Matcher::find)
        .map(m -> Double.valueOf(m.group(1)))
        .findFirst()
        .orElse(null);
  }
}
