package org.cellbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.cellbook.Fixtures;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.RecordType;
import org.cellbook.base.ReportKind;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellFilter;
import org.cellbook.cells.CellService;
import org.cellbook.demo.DemoNotebook;
import org.cellbook.lineage.Lineage;
import org.cellbook.lineage.LineageService;
import org.cellbook.lineage.TraceDirection;
import org.cellbook.measurements.KpiValue;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementFile;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.Technique;
import org.cellbook.security.SystemUser;
import org.cellbook.synthesis.BatchSeries;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SynthesisBatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * The three reports generated from the demo notebook, read back with PDFBox: lineage codes, KPIs,
 * hashes and section titles in the text; fonts embedded; plots as vector paths; pages not blank;
 * archive metadata. The demo is loaded into the run's shared notebook (one Spring context per run:
 * a second one would take over the browserless tests' security context); its records are picked by
 * name, so the other tests' records do not matter.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportServiceTest {

  @Autowired ReportService reports;
  @Autowired DemoNotebook demo;
  @Autowired MeasurementService measurements;
  @Autowired CellService cells;
  @Autowired BatchService batches;
  @Autowired LineageService lineage;
  @Autowired Fixtures fixtures;

  @BeforeAll
  void loadTheDemo() throws Exception {
    SystemUser.call(demo::load);
    assertThat(measurements.awaitAnalyses(Duration.ofMinutes(5))).isTrue();
  }

  /** Text with all white space removed, so a code broken over two lines still matches. */
  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** A demo LCGC half cell with an analysed measurement of this technique. */
  private Cell cellWith(Technique technique) {
    return cells
        .page(new CellFilter("LCGC half cell", null, null, null, null, null), PageRequest.of(0, 50))
        .stream()
        .filter(
            c ->
                measurements.ofCell(c.getCode()).stream()
                    .anyMatch(m -> m.getTechnique() == technique && m.getAnalysedAt() != null))
        .findFirst()
        .orElseThrow();
  }

  private BatchSeries demoSeries() {
    return batches.allSeries().stream()
        .filter(s -> s.getName().equals("ACGC carbonization temperature series"))
        .findFirst()
        .orElseThrow();
  }

  private static void assertArchiveQuality(PdfChecks pdf, int minimumPathOperators)
      throws Exception {
    // Fonts: every one embedded (DejaVu), none of the unembedded standard 14.
    List<PDFont> fonts = pdf.fonts();
    assertThat(fonts)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    assertThat(fonts).allSatisfy(f -> assertThat(f.getName()).contains("DejaVu"));
    // Plots: forms full of path operators; the only image is the small logo.
    int paths = 0;
    for (PDXObject x : pdf.xObjects()) {
      if (x instanceof PDFormXObject form) {
        paths += PdfChecks.pathOperators(form);
      }
    }
    assertThat(paths).isGreaterThanOrEqualTo(minimumPathOperators);
    assertThat(pdf.largestImageFraction()).isLessThan(0.2);
    // Every page carries ink; none is blank.
    for (int i = 0; i < pdf.doc.getNumberOfPages(); i++) {
      assertThat(pdf.inkOnPage(i)).as("page %d", i + 1).isGreaterThan(0.005);
    }
    // PDF/A-2b by the reference validator (veraPDF), and the identification and output intent.
    assertThat(pdf.pdfA2bViolations()).isEmpty();
    String xmp = new String(pdf.doc.getDocumentCatalog().getMetadata().toByteArray());
    assertThat(xmp).contains("pdfaid:part").contains(">2<").contains("pdfaid:conformance");
    assertThat(pdf.doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
  }

  @Test
  void cellPassportHasLineageKpisPlotsAndHashes() throws Exception {
    Cell cell = cellWith(Technique.RATE);
    byte[] bytes = reports.render(ReportKind.CELL, cell.getCode(), "ana");
    try (PdfChecks pdf = new PdfChecks(bytes)) {
      String text = squeezed(pdf.text());
      for (String title :
          List.of("Identityandstatus", "Build", "Lineage", "Measurements", "Rawfiles")) {
        assertThat(text).contains(title);
      }
      assertThat(text).contains("Notsigned").contains("Lastchange").contains("Page1of");
      // The lineage back to the precursor lots, every record of it.
      Lineage back = lineage.trace(cell.getCode(), TraceDirection.BACK);
      assertThat(back.nodes().stream().map(n -> n.record().type()))
          .contains(RecordType.BATCH, RecordType.LOT, RecordType.DISC);
      back.nodes().forEach(n -> assertThat(text).contains(squeezed(n.record().code())));
      // Every measurement's KPIs as displayed, and its files' SHA-256.
      for (Measurement m : measurements.ofCell(cell.getCode())) {
        assertThat(text).contains(m.getCode());
        for (KpiValue k : measurements.currentKpis(m.getCode())) {
          assertThat(text).contains(squeezed(k.display())).contains(k.name());
        }
        for (MeasurementFile f : m.getFiles()) {
          assertThat(text).contains(f.getSha256());
        }
        assertThat(text)
            .contains(squeezed(measurements.runs(m.getCode()).getFirst().getAnalysisVersion()));
      }
      assertThat(text).contains("Voltageprofiles").contains("LTTB").contains("Ratecapability");
      PDDocumentInformation info = pdf.doc.getDocumentInformation();
      assertThat(info.getTitle()).contains(cell.getCode());
      assertThat(info.getAuthor()).isEqualTo("ana");
      assertThat(info.getSubject()).contains("Cell passport");
      assertThat(info.getKeywords()).contains(cell.getCode());
      assertThat(info.getCreationDate()).isNotNull();
      // Five cycling plots, each hundreds of path segments.
      assertArchiveQuality(pdf, 500);
    }
  }

  @Test
  void cvAndGittCellsShowTheirTablesAndPlots() throws Exception {
    Cell cell = cellWith(Technique.CV);
    try (PdfChecks pdf = new PdfChecks(reports.render(ReportKind.CELL, cell.getCode(), "ana"))) {
      String text = squeezed(pdf.text());
      assertThat(text).contains("Cyclicvoltammetry").contains("b-values");
    }
  }

  @Test
  void batchReportHasRouteInputsCharacterizationAndEveryCell() throws Exception {
    SynthesisBatch batch =
        batches.batchesOf(demoSeries().getCode()).stream()
            .filter(
                b -> b.getKeyTemperatureCelsius() != null && b.getKeyTemperatureCelsius() >= 1000)
            .findFirst()
            .orElseThrow();
    SynthesisBatch full = batches.get(batch.getCode());
    byte[] bytes = reports.render(ReportKind.BATCH, batch.getCode(), "ana");
    try (PdfChecks pdf = new PdfChecks(bytes)) {
      String text = squeezed(pdf.text());
      assertThat(text)
          .contains("Routeandsteps")
          .contains("Inputs")
          .contains("Characterizationoftheproduct")
          .contains("Cellsmadefromthisbatch")
          .contains("Planned host : filler".replace(" ", ""))
          .contains("BETarea")
          .contains("Rvalue")
          .contains("I_D/I_G");
      full.getInputs().forEach(i -> assertThat(text).contains(i.getLot().getCode()));
      full.getSteps().forEach(s -> assertThat(text).contains(squeezed(s.parameters().summary())));
      lineage.trace(batch.getCode(), TraceDirection.FORWARD).nodes().stream()
          .filter(n -> n.record().type() == RecordType.CELL)
          .forEach(n -> assertThat(text).contains(n.record().code()));
      // Isotherm, XRD and Raman plots of the product.
      assertArchiveQuality(pdf, 300);
    }
  }

  @Test
  void seriesReportHasTheComparisonAndTheFittedStructurePropertyPlots() throws Exception {
    BatchSeries series = demoSeries();
    byte[] bytes = reports.render(ReportKind.SERIES, series.getCode(), "ana");
    try (PdfChecks pdf = new PdfChecks(bytes)) {
      String text = squeezed(pdf.text());
      assertThat(text).contains("Batchescompared").contains("Structure–propertyplots");
      batches.batchesOf(series.getCode()).forEach(b -> assertThat(text).contains(b.getCode()));
      assertThat(text).contains("slope").contains("R²").contains("OLSfit");
      assertArchiveQuality(pdf, 40);
    }
  }

  @Test
  void aCellWithNoMeasurementsStillHasItsReport() throws Exception {
    Cell cell = SystemUser.call(fixtures::halfCell);
    Path written = reports.export(ReportKind.CELL, cell.getCode(), "ana");
    assertThat(written.getFileName().toString())
        .startsWith("cell-" + cell.getCode() + "-")
        .endsWith(".pdf");
    assertThat(written.getParent().getFileName().toString()).isEqualTo("exports");
    try (PdfChecks pdf = new PdfChecks(Files.readAllBytes(written))) {
      assertThat(pdf.text()).contains("No measurements yet.").contains(cell.getCode());
    }
    try (var left = Files.list(written.getParent())) {
      assertThat(left.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }
  }

  /**
   * The demo notebook's measurements, of its cells and of the lots they are made from, analyse with
   * no implausible KPI: a demo that shows red numbers would teach users to ignore them.
   */
  @Test
  void theDemoNotebookHasNoImplausibleKpi() {
    List<String> demoCells =
        Stream.of("half cell", "full cell")
            .flatMap(
                name ->
                    cells
                        .page(
                            new CellFilter(name, null, null, null, null, null),
                            PageRequest.of(0, 200))
                        .stream())
            .map(Cell::getCode)
            .distinct()
            .toList();
    List<String> lots =
        demoCells.stream()
            .flatMap(c -> lineage.trace(c, TraceDirection.BACK).nodes().stream())
            .map(n -> n.record())
            .filter(r -> r.type() == RecordType.LOT)
            .map(r -> r.code())
            .distinct()
            .toList();
    List<Measurement> analysed =
        Stream.concat(
                measurements.ofCells(demoCells).stream(),
                lots.stream().flatMap(l -> measurements.ofLot(l).stream()))
            .filter(m -> m.getAnalysedAt() != null)
            .toList();
    assertThat(analysed.stream().map(Measurement::getTechnique).distinct())
        .contains(
            Technique.RATE,
            Technique.CV,
            Technique.GITT,
            Technique.SORPTION,
            Technique.XRD,
            Technique.RAMAN);

    List<String> implausible =
        analysed.stream()
            .flatMap(
                m ->
                    measurements.currentKpis(m.getCode()).stream()
                        .filter(k -> k.implausibleReason() != null)
                        .map(
                            k ->
                                m.getCode()
                                    + " "
                                    + k.name()
                                    + " = "
                                    + k.value()
                                    + ": "
                                    + k.implausibleReason()))
            .toList();
    assertThat(implausible).isEmpty();
  }

  @Test
  void unknownRecordsAreNamed() {
    assertThatThrownBy(() -> reports.render(ReportKind.CELL, "C-1999-0001", "ana"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("C-1999-0001");
    assertThatThrownBy(() -> reports.render(ReportKind.SERIES, "S-1999-0001", "ana"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("S-1999-0001");
  }
}
