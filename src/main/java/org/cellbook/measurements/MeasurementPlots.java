package org.cellbook.measurements;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.raman.RamanSpectrum;
import org.cellbook.analysis.run.CvRun;
import org.cellbook.analysis.run.CyclingRun;
import org.cellbook.analysis.run.RamanRun;
import org.cellbook.analysis.run.RecordJson;
import org.cellbook.analysis.run.SorptionRun;
import org.cellbook.analysis.run.XrdRun;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.xrd.PatternReaders;
import org.cellbook.measurements.plots.CyclingPlots;
import org.cellbook.measurements.plots.GittPlots;
import org.cellbook.measurements.plots.Plot;
import org.cellbook.measurements.plots.RamanPlots;
import org.cellbook.measurements.plots.SorptionPlots;
import org.cellbook.measurements.plots.VoltammetryPlots;
import org.cellbook.measurements.plots.XrdPlots;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standard plots of a measurement, drawn from its current run as stored: every fitted line or
 * curve is the stored fit's parameters evaluated over the stored data (the columnar series of a
 * cycler file, the raw file of a pattern or spectrum, the isotherm the run kept); nothing is fitted
 * or analysed again, so a plot cannot disagree with the KPIs beside it. A run stored before its
 * plot data was kept is drawn without its fits, with a note to analyse it again.
 */
@Service
public class MeasurementPlots {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MeasurementService measurements;
  private final SeriesStore series;
  private final StoredFiles files;

  MeasurementPlots(MeasurementService measurements, SeriesStore series, StoredFiles files) {
    this.measurements = measurements;
    this.series = series;
    this.files = files;
  }

  /** The plots of the measurement's current run; empty before the first analysis. */
  @Transactional(readOnly = true)
  public List<Plot> of(String code) throws IOException {
    Measurement m = measurements.get(code);
    String json = measurements.currentResultJson(code);
    if (json == null || m.getTechnique() == null) {
      return List.of();
    }
    JsonNode doc = JSON.readTree(json);
    return switch (m.getTechnique()) {
      case CYCLING, RATE, TEMPERATURE_SERIES ->
          CyclingPlots.of(
              series.read(code, 1), doc, stored(doc, CyclingRun.PlotData.class).orElse(null));
      case CV ->
          VoltammetryPlots.of(
              position -> series.read(code, position),
              m.getFiles().stream().map(MeasurementFile::getPosition).toList(),
              stored(doc, CvRun.PlotData.class).orElse(null));
      case GITT -> GittPlots.of(series.read(code, 1), doc);
      case SORPTION -> sorption(m, doc);
      case XRD ->
          XrdPlots.of(
              PatternReaders.read(rawFile(m)), stored(doc, XrdRun.PlotData.class).orElse(null));
      case RAMAN ->
          RamanPlots.of(
              RamanSpectrum.read(rawFile(m)), stored(doc, RamanRun.PlotData.class).orElse(null));
      default -> List.of();
    };
  }

  /**
   * The plot data stored with the run ({@code plot} of its document), empty for a run stored before
   * the analysis kept it.
   */
  static <T extends Record> Optional<T> stored(JsonNode doc, Class<T> type) {
    JsonNode plot = doc.path("plot");
    if (!plot.isObject()) {
      return Optional.empty();
    }
    try {
      return Optional.of(RecordJson.read(plot, type));
    } catch (RecordJson.Unreadable e) {
      return Optional.empty();
    }
  }

  /** An isotherm run draws what it stored; one stored without re-reads its file for the points. */
  private List<Plot> sorption(Measurement m, JsonNode doc) throws IOException {
    Optional<SorptionRun.PlotData> data = stored(doc, SorptionRun.PlotData.class);
    if (data.isPresent()) {
      return SorptionPlots.of(data.get());
    }
    try {
      return SorptionPlots.withoutFits(IsothermImporters.read(rawFile(m)).adsorption());
    } catch (ImportException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Sorption, XRD and Raman files are small (10²–10⁴ points) and are read again from the file store
   * (checked against their SHA-256 first); cycler series, up to 10⁷ records, come from the columnar
   * store.
   */
  private Path rawFile(Measurement m) throws IOException {
    return files.verifiedPath(m.getId(), m.getFiles().getFirst());
  }
}
