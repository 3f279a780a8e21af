package org.cellbook.analysis.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.kpi.ImplausibleKpis;
import org.cellbook.analysis.xrd.CarbonXrd;
import org.cellbook.analysis.xrd.CarbonXrdAnalysis;
import org.cellbook.analysis.xrd.CarbonXrdFit;
import org.cellbook.analysis.xrd.DiffractionPattern;
import org.cellbook.analysis.xrd.PatternReaders;

/**
 * An XRD pattern of a carbon ({@link CarbonXrdAnalysis}): the (002) maximum, apparent d002 and Dahn
 * R value, and the (002)/(100) profile fit; a pattern the carbon methods do not apply to keeps the
 * reason among its warnings.
 *
 * @param firstTwoThetaDegrees where the pattern starts
 * @param lastTwoThetaDegrees where it ends
 * @param wavelengthAngstrom the X-ray wavelength the file states (Cu Kα₁ when it states none)
 */
public record XrdRun(
    AnalysedFile file,
    double firstTwoThetaDegrees,
    double lastTwoThetaDegrees,
    double wavelengthAngstrom,
    CarbonXrdAnalysis carbon,
    Map<String, Number> kpis,
    Map<String, String> implausible,
    List<String> warnings)
    implements AnalysisResult {

  public XrdRun {
    kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    implausible = Collections.unmodifiableMap(new LinkedHashMap<>(implausible));
    warnings = List.copyOf(warnings);
  }

  /**
   * What the pattern's plot draws over the measured counts: the profile fit and the R value's
   * baseline, each null when not made, and what was not done and why.
   */
  public record PlotData(CarbonXrdFit.Result fit, CarbonXrd.RValue rValue, List<String> skipped) {}

  @Override
  public String technique() {
    return "xrd";
  }

  @Override
  public XrdRun withWarnings(List<String> replaced) {
    return new XrdRun(
        file,
        firstTwoThetaDegrees,
        lastTwoThetaDegrees,
        wavelengthAngstrom,
        carbon,
        kpis,
        implausible,
        replaced);
  }

  @Override
  public PlotData plotData() {
    return new PlotData(carbon.fit(), carbon.rValue(), carbon.skipped());
  }

  @Override
  public String json(boolean plotData) {
    return XrdReport.json(this, plotData);
  }

  @Override
  public String table() {
    return XrdReport.table(this);
  }

  static XrdRun analyze(Path file) throws IOException {
    PatternReaders.Format format = PatternReaders.detect(file);
    DiffractionPattern p = PatternReaders.read(file);
    CarbonXrdAnalysis carbon = CarbonXrdAnalysis.of(p);
    CarbonXrd.RValue r = carbon.rValue();
    CarbonXrdFit.Result fit = carbon.fit();
    ImplausibleKpis implausible = new ImplausibleKpis();
    Map<String, Number> kpis = new LinkedHashMap<>();
    if (r != null) {
      kpis.put("peak_002_two_theta_deg", r.twoThetaAtMaximum());
      kpis.put(
          "d002_nm",
          implausible.check(
              "d002_nm",
              "d002 at the (002) maximum",
              r.apparentD002Angstrom() / 10,
              CarbonXrd.D002_SPACING));
      kpis.put("r_value", r.r());
    }
    kpis.put("wavelength_angstrom", p.wavelengthAngstrom());
    if (fit != null) {
      kpis.put(
          "d002_graphitic_nm",
          implausible.check(
              "d002_graphitic_nm",
              "d002 of the graphitic (002) component",
              fit.graphitic().dSpacingAngstrom() / 10,
              CarbonXrd.D002_SPACING));
      kpis.put("lc_nm", fit.graphitic().scherrerLengthAngstrom() / 10);
      kpis.put("graphitic_area_fraction", fit.graphitic().areaFraction002());
      if (fit.band100() != null) {
        kpis.put("la_nm", fit.band100().scherrerLengthAngstrom() / 10);
      }
      kpis.put("fit_r2", fit.rSquared());
      kpis.put("fit_reduced_chi2", fit.reducedChiSquared());
    }
    // what the carbon analysis did not do and why, then how it got its results
    List<String> warnings = new ArrayList<>(carbon.skipped());
    warnings.addAll(carbon.notes());
    double[] x = p.twoThetaDegrees();
    return new XrdRun(
        new AnalysedFile(file.toString(), Analyzer.sha256(file), format.slug(), null, x.length),
        x[0],
        x[x.length - 1],
        p.wavelengthAngstrom(),
        carbon,
        kpis,
        implausible.reasons(),
        warnings);
  }
}
