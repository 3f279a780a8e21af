package org.cellbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cellbook.TestSettings;
import org.cellbook.measurements.plots.Plot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates a lab member edits: mistakes named by file and line, edits seen without a restart. */
class ReportTemplatesTest {

  @TempDir Path folder;

  private static ReportTemplates inFolder(Path templates) {
    return new ReportTemplates(
        TestSettings.bind(ReportSettings.class, "cellbook.reports.templates-dir", templates));
  }

  private ReportTemplates templates(String name, String text) throws Exception {
    Files.writeString(folder.resolve(name), text);
    return inFolder(folder);
  }

  @Test
  void aTypoInAVariableIsReportedWithTheTemplateAndLine() throws Exception {
    ReportTemplates t =
        templates("cell.html", "<h1>{{ header.title }}</h1>\n\n<p>{{ lineag }}</p>\n");
    assertThatThrownBy(() -> t.render("cell.html", Map.of("header", Map.of("title", "x"))))
        .isInstanceOf(ReportTemplateException.class)
        .hasMessageContaining("cell.html")
        .hasMessageContaining("line 3")
        .hasMessageContaining("lineag");
  }

  @Test
  void anUnclosedTagIsReportedWithTheTemplateAndLine() throws Exception {
    ReportTemplates t =
        templates("batch.html", "<h1>x</h1>\n{% for s in steps %}\n<p>{{ s }}</p>\n");
    assertThatThrownBy(() -> t.render("batch.html", Map.of("steps", java.util.List.of(1))))
        .isInstanceOf(ReportTemplateException.class)
        .hasMessageContaining("batch.html")
        .hasMessageMatching("(?s).*line \\d+.*");
  }

  @Test
  void aMissingTemplateIsNamed() throws Exception {
    ReportTemplates t = templates("other.html", "x");
    assertThatThrownBy(() -> t.render("series.html", Map.of()))
        .isInstanceOf(ReportTemplateException.class)
        .hasMessageContaining("series.html");
  }

  @Test
  void anEditShowsInTheNextReportAndValuesAreEscaped() throws Exception {
    ReportTemplates t = templates("cell.html", "<p>{{ v }}</p>");
    assertThat(t.render("cell.html", Map.of("v", "a < b"))).isEqualTo("<p>a &lt; b</p>");
    Files.writeString(folder.resolve("cell.html"), "<div>{{ v }}</div>");
    assertThat(t.render("cell.html", Map.of("v", "µ"))).isEqualTo("<div>µ</div>");
  }

  @Test
  void aPlotTheRecordDoesNotHaveIsNamed() {
    String html =
        "<html><body><object type=\"cellbook/plot\" data-plot=\"nope\"></object></body></html>";
    assertThatThrownBy(
            () ->
                HtmlToPdf.write(
                    html,
                    folder.toUri().toString(),
                    Map.<String, Plot>of(),
                    new ByteArrayOutputStream()))
        .isInstanceOf(ReportTemplateException.class)
        .hasMessageContaining("names plot \"nope\"");
  }

  @Test
  void thePackagedTemplatesAreUsedWhenTheFolderIsMissing() {
    ReportTemplates packaged = inFolder(folder.resolve("absent"));
    assertThat(packaged.baseUri()).contains("templates/reports");
    assertThatThrownBy(() -> packaged.render("cell.html", Map.of()))
        .isInstanceOf(ReportTemplateException.class)
        .hasMessageContaining("meta");
  }
}
