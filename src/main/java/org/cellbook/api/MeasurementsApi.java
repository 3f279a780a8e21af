package org.cellbook.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.cellbook.measurements.AnalysisParameters;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementFile;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.NewFile;
import org.cellbook.measurements.Technique;
import org.cellbook.signatures.SignatureService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploading measurement files to a cell or a lot by code and following their analysis: what a
 * cycler PC's script needs. KPIs use the names of {@code analyze --json}.
 */
@RestController
@RequestMapping("/api/v1")
class MeasurementsApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** 202 body of an upload. */
  record Accepted(String id, String status) {}

  /**
   * A measurement's state and results.
   *
   * @param kpis the analysis's {@code kpis} as it wrote them (numbers, tables), unchanged
   * @param results each scalar KPI with {@code plausible} and the reason when it is not
   * @param implausible the KPIs outside their physical range: name → reason, as in {@code analyze
   *     --json}; empty when all is well
   */
  record Status(
      String id,
      String status,
      double progress,
      String technique,
      String format,
      String sha256,
      List<Map<String, Object>> files,
      Map<String, Object> kpis,
      List<KpiResult> results,
      Map<String, String> implausible,
      List<String> warnings,
      String error,
      String integrity,
      @JsonUnwrapped RecordStatus record) {}

  private final MeasurementService measurements;
  private final SignatureService signatures;

  MeasurementsApi(MeasurementService measurements, SignatureService signatures) {
    this.measurements = measurements;
    this.signatures = signatures;
  }

  @PostMapping(path = "/cells/{code}/measurements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Accepted> uploadToCell(
      @PathVariable String code,
      @RequestParam("file") List<MultipartFile> files,
      @RequestParam(required = false) String technique,
      @RequestParam(name = "active_mass_mg", required = false) Double activeMassMg,
      @RequestParam(name = "area_cm2", required = false) Double areaCm2,
      @RequestParam(name = "plateau_cutoff_v", required = false) Double plateauCutoffV,
      @RequestParam(required = false) String opening,
      @RequestParam(name = "molar_mass_g_mol", required = false) Double molarMass,
      @RequestParam(name = "molar_volume_cm3_mol", required = false) Double molarVolume,
      @RequestParam(required = false) String format) {
    AnalysisParameters p =
        new AnalysisParameters(
            format,
            activeMassMg,
            areaCm2,
            plateauCutoffV,
            opening,
            molarMass,
            molarVolume,
            null,
            null,
            null);
    return accepted(measurements.attachToCell(code, technique(technique), newFiles(files), p));
  }

  @PostMapping(path = "/lots/{code}/measurements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Accepted> uploadToLot(
      @PathVariable String code,
      @RequestParam("file") List<MultipartFile> files,
      @RequestParam(required = false) String technique,
      @RequestParam(required = false) String adsorbate,
      @RequestParam(name = "bet_range_low", required = false) Double betLow,
      @RequestParam(name = "bet_range_high", required = false) Double betHigh,
      @RequestParam(required = false) String format) {
    AnalysisParameters p =
        new AnalysisParameters(
            format, null, null, null, null, null, null, adsorbate, betLow, betHigh);
    return accepted(measurements.attachToLot(code, technique(technique), newFiles(files), p));
  }

  @GetMapping("/measurements/{id}")
  @Nullable Status status(@PathVariable String id) {
    Measurement m = measurements.get(id);
    String json = measurements.currentResultJson(id);
    Map<String, Object> kpis = new LinkedHashMap<>();
    Map<String, String> implausible = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    if (json != null) {
      JsonNode doc = JSON.readTree(json);
      kpis = JSON.convertValue(doc.path("kpis"), Map.class);
      doc.path("implausible")
          .properties()
          .forEach(e -> implausible.put(e.getKey(), e.getValue().asString()));
      doc.path("warnings").forEach(w -> warnings.add(w.asString()));
    }
    List<KpiResult> results = measurements.currentKpis(id).stream().map(KpiResult::of).toList();
    List<Map<String, Object>> files = new ArrayList<>();
    for (MeasurementFile f : m.getFiles()) {
      files.add(
          Map.of("name", f.getOriginalName(), "sha256", f.getSha256(), "bytes", f.getSizeBytes()));
    }
    return new Status(
        m.getCode(),
        m.getStatus().name().toLowerCase(Locale.ROOT),
        m.getProgress(),
        m.getTechnique() == null ? null : m.getTechnique().name().toLowerCase(Locale.ROOT),
        m.getFormat(),
        m.getFiles().isEmpty() ? null : m.getFiles().getFirst().getSha256(),
        files,
        kpis,
        results,
        implausible,
        warnings,
        m.getErrorMessage(),
        m.getIntegrity().name().toLowerCase(Locale.ROOT),
        RecordStatus.of(m, SignaturesApi.items(signatures, RecordType.MEASUREMENT, m.getCode())));
  }

  /** Stops a queued or running analysis; the answer is the measurement's state after it. */
  @PostMapping("/measurements/{id}/cancel")
  Status cancel(@PathVariable String id) {
    if (!measurements.cancel(id)) {
      throw new ValidationException("status", id + " is not queued or running: nothing to cancel");
    }
    return status(id);
  }

  private static ResponseEntity<Accepted> accepted(Measurement m) {
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/measurements/" + m.getCode()))
        .body(new Accepted(m.getCode(), m.getStatus().name().toLowerCase(Locale.ROOT)));
  }

  /** A technique by its name ("xrd", "RATE") or its analysis name ("cycling"). */
  private static @Nullable Technique technique(@Nullable String name) {
    if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
      return null;
    }
    String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Technique t : Technique.values()) {
      if (t.name().equals(n)) {
        return t;
      }
    }
    try {
      return Technique.fromAnalysisName(name.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          "technique",
          "unknown technique '"
              + name
              + "'; use one of "
              + java.util.Arrays.toString(Technique.values()).toLowerCase(Locale.ROOT));
    }
  }

  /** The names are the client's; {@link NewFile} reduces each to a safe display name. */
  private static List<NewFile> newFiles(List<MultipartFile> files) {
    List<NewFile> out = new ArrayList<>();
    for (MultipartFile f : files) {
      out.add(new NewFile(f.getOriginalFilename(), f::getInputStream));
    }
    return out;
  }
}
