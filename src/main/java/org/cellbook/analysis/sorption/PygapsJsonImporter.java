package org.cellbook.analysis.sorption;

import java.nio.file.Path;
import java.util.Locale;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * pyGAPS JSON (file version 3; Iacomi &amp; Llewellyn, Adsorption 25, 2019): one object with the
 * isotherm's properties ({@code adsorbate}, {@code temperature} and {@code temperature_unit},
 * {@code pressure_mode} absolute or relative, {@code pressure_unit}, {@code loading_unit} per
 * {@code material_unit}, {@code material}, {@code instrument}) and {@code isotherm_data}, a list of
 * records with {@code pressure}, {@code loading} (or the names in {@code pressure_key}, {@code
 * loading_key}) and an optional {@code branch} ("ads"/"des"). Absolute pressures have no p₀ in the
 * file: the adsorptive's standard p₀ at the temperature is used and named in the warnings.
 */
final class PygapsJsonImporter implements IsothermImporter {

  /** Built on first read, not when the importers are listed: detection never needs Jackson. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  @Override
  public String formatName() {
    return "pyGAPS JSON";
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText()) {
      return 0;
    }
    String head = String.join("\n", sample.lines()).strip();
    if (!head.startsWith("{")) {
      return 0;
    }
    boolean data = head.contains("\"isotherm_data\"");
    boolean properties = head.contains("\"pressure_mode\"") || head.contains("\"loading_unit\"");
    return data && properties ? 0.95 : data || properties ? 0.5 : 0;
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(file.toFile());
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new ImportException(
          file, line, null, "not valid JSON (cut or damaged?): " + e.getOriginalMessage(), e);
    }
    SorptionMeasurementBuilder points =
        new SorptionMeasurementBuilder(file, formatName(), "record");
    points
        .adsorbate(text(root, "adsorbate"))
        .sampleName(text(root, "material"))
        .instrument(text(root, "instrument"));
    if (root.path("temperature").isNumber()) {
      points.temperatureKelvin(
          Quantities.kelvin(
              root.path("temperature").doubleValue(), text(root, "temperature_unit")));
    }
    String mode = String.valueOf(text(root, "pressure_mode")).toLowerCase(Locale.ROOT);
    double pascals = 1;
    double relativeScale = 1;
    switch (mode) {
      case "absolute" -> {
        pascals =
            Quantities.pascalsPer(
                String.valueOf(text(root, "pressure_unit")), file, -1, "pressure_unit");
      }
      case "relative" -> relativeScale = 1;
      case "relative%" -> relativeScale = 0.01;
      default ->
          throw new ImportException(
              file, -1, "pressure_mode", "'" + mode + "' is not absolute, relative or relative%");
    }
    String amountUnit = text(root, "loading_unit") + "/" + text(root, "material_unit");
    Quantities.AmountUnit unit = Quantities.amountUnit(amountUnit);
    if (unit == null || !unit.perGram()) {
      throw new ImportException(
          file,
          -1,
          "loading_unit",
          "loading in '"
              + amountUnit
              + "' is not supported: molar (mmol, mol) or gas-volume (cm3(STP)) per g or kg of material");
    }
    JsonNode data = root.path("isotherm_data");
    if (!data.isArray()) {
      throw new ImportException(
          file, -1, "isotherm_data", "missing, or not a list of records (pyGAPS file version 3)");
    }
    String pressureKey = root.path("pressure_key").asString("pressure");
    String loadingKey = root.path("loading_key").asString("loading");
    boolean branched = false;
    for (JsonNode r : data) {
      branched |= r.has("branch");
    }
    for (int k = 0; k < data.size(); k++) {
      JsonNode r = data.get(k);
      double p = number(r, pressureKey, k, file);
      double n = unit.millimolesPerUnit() * number(r, loadingKey, k, file);
      SorptionMeasurementBuilder.Branch branch =
          !branched
              ? SorptionMeasurementBuilder.Branch.UNSPLIT
              : isDesorption(r.path("branch"))
                  ? SorptionMeasurementBuilder.Branch.DESORPTION
                  : SorptionMeasurementBuilder.Branch.ADSORPTION;
      if (mode.equals("absolute")) {
        points.addAbsolute(branch, p * pascals, Double.NaN, n, k + 1);
      } else {
        points.addRelative(branch, p * relativeScale, Double.NaN, n, k + 1);
      }
    }
    return points.build();
  }

  private static boolean isDesorption(JsonNode branch) {
    return branch.isBoolean()
        ? branch.booleanValue()
        : branch.isNumber() ? branch.intValue() == 1 : "des".equalsIgnoreCase(branch.asString(""));
  }

  private static double number(JsonNode record, String key, int index, Path file)
      throws ImportException {
    JsonNode v = record.path(key);
    if (!v.isNumber()) {
      throw new ImportException(
          file,
          -1,
          "isotherm_data[" + index + "]." + key,
          v.isMissingNode() ? "missing" : "'" + v + "' is not a number");
    }
    return v.doubleValue();
  }

  private static @Nullable String text(JsonNode root, String key) {
    JsonNode v = root.path(key);
    return v.isValueNode() ? v.asString() : null;
  }
}
