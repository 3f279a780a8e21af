package org.cellbook.analysis.sorption;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cellbook.analysis.importers.ImportException;
import org.jspecify.annotations.Nullable;

/**
 * What every sorption importer does once it has read the numbers: relative pressure from p and p₀
 * (the file's, else the adsorptive's standard p₀, with a warning), the split into adsorption and
 * desorption branches, and the checks that keep a bad point from becoming a silently wrong number.
 * An importer sets the header fields, adds each point with its line (or row) number and calls
 * {@link #build()}.
 *
 * <p>Branches: a point is added to the adsorption or desorption branch when the file says which
 * (AIF loops, BEL blocks, 3P separator, pyGAPS branch column); {@link Branch#UNSPLIT} points are
 * split after the first maximum of p/p₀ (METHODS.md §1.1). Each branch is then sorted by p/p₀.
 *
 * <p>Checks: p/p₀ above {@value #MAX_RELATIVE_PRESSURE} is an error (a pressure in the wrong unit
 * or a wrong p₀); p/p₀ in (1, {@value #MAX_RELATIVE_PRESSURE}] is kept with a warning (p₀ drift;
 * BET and the t-plot skip such points); points at p/p₀ ≤ 0 or with an amount ≤ 0 are left out with
 * a warning (BET, t-plot and DR divide by or take the logarithm of both); points out of order are
 * sorted and equal pressures kept, each with a warning; fewer than {@value #MIN_POINTS} adsorption
 * points is an error.
 */
final class SorptionMeasurementBuilder {

  /** Which branch a point belongs to. */
  enum Branch {
    ADSORPTION,
    DESORPTION,
    UNSPLIT
  }

  static final double MAX_RELATIVE_PRESSURE = 1.05;
  static final int MIN_POINTS = 3;

  /** A point as read: relative or absolute pressure, with its own p₀ in Pa (NaN: none). */
  private record Raw(
      Branch branch,
      double pressure,
      boolean absolute,
      double p0Pascals,
      double amountMillimolesPerGram,
      long line) {}

  /** A point with its relative pressure resolved and the p₀ behind it (NaN: not known). */
  private record Point(double x, double p0Pascals, double amount, long line) {}

  private final Path file;
  private final String format;
  private final String rowWord;
  private final List<Raw> raw = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private String instrument;
  private String sampleName;
  private @Nullable String adsorbate;
  private @Nullable Double sampleMassGrams;
  private @Nullable Double temperatureKelvin;
  private @Nullable Double fileSaturationPascals;

  /**
   * @param rowWord how the file's records are counted in messages: "line" (text) or "row" (sheets)
   */
  SorptionMeasurementBuilder(Path file, String format, String rowWord) {
    this.file = file;
    this.format = format;
    this.rowWord = rowWord;
  }

  Path file() {
    return file;
  }

  SorptionMeasurementBuilder instrument(String name) {
    instrument = blankToNull(name);
    return this;
  }

  SorptionMeasurementBuilder sampleName(String name) {
    sampleName = blankToNull(name);
    return this;
  }

  SorptionMeasurementBuilder adsorbate(String name) {
    adsorbate = Adsorptives.canonical(name);
    return this;
  }

  @Nullable String adsorbate() {
    return adsorbate;
  }

  /** Sample mass in g; NaN or a non-positive value (a placeholder) is ignored. */
  SorptionMeasurementBuilder sampleMassGrams(double grams) {
    sampleMassGrams = grams > 0 ? grams : null;
    return this;
  }

  /**
   * Takes the adsorptive and the temperature a header line, comment or column title states ("#
   * synthetic CO2 273.15 K isotherm", "N2 uptake at 77 K (mmol/g)") where the file has no field for
   * them; what is already known stays. A temperature counts only on a line that names an adsorptive
   * or speaks of the isotherm, bath or analysis, so that "degassed at 150 °C" is not taken for the
   * bath.
   */
  SorptionMeasurementBuilder describedBy(String text) {
    String named = Adsorptives.inText(text);
    if (adsorbate == null) {
      adsorbate = named;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (temperatureKelvin == null
        && (named != null
            || lower.contains("isotherm")
            || lower.contains("bath")
            || lower.contains("analysis"))) {
      temperatureKelvin = Quantities.kelvinInText(text);
    }
    return this;
  }

  boolean hasTemperature() {
    return temperatureKelvin != null;
  }

  SorptionMeasurementBuilder temperatureKelvin(double kelvin) {
    temperatureKelvin = kelvin > 0 ? kelvin : null;
    return this;
  }

  /** One p₀ for the whole file (AIF {@code _exptl_p0}); per-point p₀ goes with each point. */
  SorptionMeasurementBuilder saturationPressurePascals(double pascals) {
    fileSaturationPascals = pascals > 0 ? pascals : null;
    return this;
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  /**
   * An amount in the file's unit as mmol g⁻¹, dividing a total amount (Quantachrome "cc") by the
   * sample mass from the header.
   */
  double perGram(double amount, Quantities.AmountUnit unit, long line, String column)
      throws ImportException {
    if (unit.perGram()) {
      return amount * unit.millimolesPerUnit();
    }
    if (sampleMassGrams == null) {
      throw new ImportException(
          file,
          line,
          column,
          "the amount is a total ("
              + unit.text()
              + ", not per gram) and the header gives no sample mass to divide it by");
    }
    return amount * unit.millimolesPerUnit() / sampleMassGrams;
  }

  /** A relative pressure, with the p₀ the instrument measured for it in Pa (NaN: not given). */
  void addRelative(
      Branch branch, double relativePressure, double p0Pascals, double amountPerGram, long line) {
    raw.add(new Raw(branch, relativePressure, false, p0Pascals, amountPerGram, line));
  }

  /** An absolute pressure in Pa with the point's own p₀ in Pa, or NaN when it has none. */
  void addAbsolute(
      Branch branch, double pressurePascals, double p0Pascals, double amountPerGram, long line) {
    raw.add(new Raw(branch, pressurePascals, true, p0Pascals, amountPerGram, line));
  }

  boolean hasPoints() {
    return !raw.isEmpty();
  }

  SorptionMeasurement build() throws ImportException {
    if (raw.isEmpty()) {
      throw new ImportException(
          file, "no data points: the file holds only its header (or was cut before the data)");
    }
    double assumedP0 = assumedSaturationPascals();
    List<Point> ads = new ArrayList<>();
    List<Point> des = new ArrayList<>();
    List<Point> unsplit = new ArrayList<>();
    for (Raw r : raw) {
      double p0 = r.p0Pascals() > 0 ? r.p0Pascals() : r.absolute() ? assumedP0 : Double.NaN;
      double x = r.absolute() ? r.pressure() / p0 : r.pressure();
      if (x > MAX_RELATIVE_PRESSURE) {
        throw new ImportException(
            file,
            r.line(),
            null,
            r.absolute()
                ? f(
                    "p/p0 = %.4g (p %.6g Pa over p0 %.6g Pa) is far above 1: a pressure in the wrong unit or a wrong p0?",
                    x, r.pressure(), p0)
                : f(
                    "relative pressure %.4g is far above 1: is the column an absolute pressure?",
                    x));
      }
      Point p = new Point(x, p0, r.amountMillimolesPerGram(), r.line());
      switch (r.branch()) {
        case ADSORPTION -> ads.add(p);
        case DESORPTION -> des.add(p);
        case UNSPLIT -> unsplit.add(p);
      }
    }
    int top = 0;
    for (int k = 1; k < unsplit.size(); k++) {
      if (unsplit.get(k).x() > unsplit.get(top).x()) {
        top = k;
      }
    }
    if (!unsplit.isEmpty()) {
      ads.addAll(unsplit.subList(0, top + 1));
      des.addAll(unsplit.subList(top + 1, unsplit.size()));
    }
    Isotherm adsorption = branch(ads, "adsorption", true);
    if (adsorption.size() < MIN_POINTS) {
      throw new ImportException(
          file,
          f(
              "only %d usable adsorption point(s), at least %d are needed%s",
              adsorption.size(),
              MIN_POINTS,
              warnings.isEmpty() ? "" : " (" + String.join("; ", warnings) + ")"));
    }
    Isotherm desorption = branch(des, "desorption", false);
    if ("N2".equals(adsorbate)
        && temperatureKelvin != null
        && Math.abs(temperatureKelvin - 77.355) > 10) {
      warnings.add(
          f(
              "the file states N2 at %.2f K; N2 isotherms are measured near 77 K: check the bath temperature",
              temperatureKelvin));
    }
    return new SorptionMeasurement(
        adsorption,
        desorption,
        format,
        instrument,
        sampleName,
        sampleMassGrams,
        temperatureKelvin,
        fileSaturationPascals != null ? fileSaturationPascals : meanSaturationPascals(ads),
        warnings);
  }

  /**
   * The standard p₀ when some absolute pressure has no p₀ of its own (with a warning), else NaN.
   */
  private double assumedSaturationPascals() throws ImportException {
    boolean needed = raw.stream().anyMatch(r -> r.absolute() && !(r.p0Pascals() > 0));
    if (!needed) {
      return Double.NaN;
    }
    if (fileSaturationPascals != null) {
      return fileSaturationPascals;
    }
    Adsorptives.StandardSaturationPressure standard =
        Adsorptives.saturationPressure(adsorbate, temperatureKelvin)
            .orElseThrow(
                () ->
                    new ImportException(
                        file,
                        "the pressures are absolute and the file gives no p0; no standard p0 is known for "
                            + (adsorbate == null ? "an unnamed adsorptive" : adsorbate)
                            + (temperatureKelvin == null
                                ? " without a temperature"
                                : f(" at %.2f K", temperatureKelvin))
                            + " (known: N2 near 77 K, Ar near 87 K, CO2 216–304 K)"));
    warnings.add(
        f(
            "p0 = %.6g kPa assumed for %s at %.3f K from %s: the file gives absolute pressures without p0",
            standard.pascals() / 1000, adsorbate, temperatureKelvin, standard.source()));
    return standard.pascals();
  }

  /** Mean p₀ of the adsorption points (measured or assumed), null when none is known. */
  private static @Nullable Double meanSaturationPascals(List<Point> adsorption) {
    double sum = 0;
    int n = 0;
    for (Point p : adsorption) {
      if (p.p0Pascals() > 0) {
        sum += p.p0Pascals();
        n++;
      }
    }
    return n == 0 ? null : sum / n;
  }

  /**
   * Leaves out points at p/p₀ ≤ 0 or with amount ≤ 0, sorts by p/p₀ and warns about each repair.
   *
   * @param increasing the order in which the branch is measured (adsorption up, desorption down)
   */
  private Isotherm branch(List<Point> points, String name, boolean increasing) {
    List<Point> kept = new ArrayList<>();
    List<Point> noPressure = new ArrayList<>();
    List<Point> noAmount = new ArrayList<>();
    for (Point p : points) {
      if (!(p.x() > 0)) {
        noPressure.add(p);
      } else if (!(p.amount() > 0)) {
        noAmount.add(p);
      } else {
        kept.add(p);
      }
    }
    if (!noPressure.isEmpty()) {
      warnings.add(
          f(
              "%d %s point(s) at p/p0 ≤ 0 left out (%s %d): BET, t-plot and DR need p > 0",
              noPressure.size(), name, rowWord, noPressure.getFirst().line()));
    }
    if (!noAmount.isEmpty()) {
      warnings.add(
          f(
              "%d %s point(s) with amount ≤ 0 left out (%s %d: %.4g mmol/g at p/p0 %.4g): an amount adsorbed must be positive",
              noAmount.size(),
              name,
              rowWord,
              noAmount.getFirst().line(),
              noAmount.getFirst().amount(),
              noAmount.getFirst().x()));
    }
    for (int k = 1; k < kept.size(); k++) {
      double step = kept.get(k).x() - kept.get(k - 1).x();
      if (increasing ? step < 0 : step > 0) {
        long misplaced = countOutOfOrder(kept, increasing);
        warnings.add(
            f(
                "%d %s point(s) out of pressure order (first at %s %d: p/p0 %.5g after %.5g): sorted by p/p0",
                misplaced,
                name,
                rowWord,
                kept.get(k).line(),
                kept.get(k).x(),
                kept.get(k - 1).x()));
        break;
      }
    }
    kept.sort(Comparator.comparingDouble(Point::x));
    int duplicates = 0;
    Point firstDuplicate = null;
    for (int k = 1; k < kept.size(); k++) {
      if (kept.get(k).x() == kept.get(k - 1).x()) {
        duplicates++;
        if (firstDuplicate == null) {
          firstDuplicate = kept.get(k - 1);
        }
      }
    }
    if (firstDuplicate != null) {
      warnings.add(
          f(
              "%d %s point(s) repeat the p/p0 of another point (first: %s %d, p/p0 %.5g): all kept",
              duplicates, name, rowWord, firstDuplicate.line(), firstDuplicate.x()));
    }
    Point highest = kept.isEmpty() ? null : kept.getLast();
    long aboveOne = kept.stream().filter(p -> p.x() > 1).count();
    if (aboveOne > 0) {
      warnings.add(
          f(
              "%d %s point(s) above p/p0 = 1 (max %.5f at %s %d, p0 drift?): kept; BET and the t-plot skip them",
              aboveOne, name, highest.x(), rowWord, highest.line()));
    }
    double[] x = new double[kept.size()];
    double[] n = new double[kept.size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = kept.get(k).x();
      n[k] = kept.get(k).amount();
    }
    return new Isotherm(adsorbate, x, n);
  }

  /** Points lower (higher, for desorption) than some point measured before them. */
  private static long countOutOfOrder(List<Point> points, boolean increasing) {
    long count = 0;
    double extreme = points.getFirst().x();
    for (Point p : points) {
      if (increasing ? p.x() < extreme : p.x() > extreme) {
        count++;
      } else {
        extreme = p.x();
      }
    }
    return count;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
