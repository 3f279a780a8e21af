package org.cellbook.reports;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The report templates the lab edits: HTML and CSS with Pebble (Jinja-like) tags in {@code
 * cellbook.reports.templates-dir} (templates/reports), or the copies packaged in the jar when that
 * folder does not exist. Templates are read at every report, so an edit shows in the next report
 * without a restart. Unknown variables are errors, not blanks, so a typo is caught, with its line.
 */
@Component
class ReportTemplates {

  private final PebbleEngine engine;
  private final String baseUri;
  private final String where;

  ReportTemplates(ReportSettings settings) {
    Path folder = settings.templatesDir();
    Loader<String> loader;
    if (Files.isDirectory(folder)) {
      FileLoader files = new FileLoader(folder.toAbsolutePath().toString());
      loader = files;
      baseUri = folder.toAbsolutePath().toUri().toString();
      where = folder.toString();
    } else {
      ClasspathLoader packaged = new ClasspathLoader(ReportTemplates.class.getClassLoader());
      packaged.setPrefix("templates/reports");
      loader = packaged;
      URL base = ReportTemplates.class.getClassLoader().getResource("templates/reports/");
      baseUri = base == null ? "" : base.toString();
      where = "templates/reports (packaged)";
    }
    engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .strictVariables(true)
            .autoEscaping(true)
            .cacheActive(false)
            .build();
  }

  /** Where images and style sheets the templates name are looked up. */
  String baseUri() {
    return baseUri;
  }

  /** The template filled in with the model, as HTML. */
  String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      engine.getTemplate(template).evaluate(out, model);
    } catch (PebbleException e) {
      throw new ReportTemplateException(describe(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private String describe(PebbleException e) {
    String file = e.getFileName() == null ? "?" : Path.of(e.getFileName()).getFileName().toString();
    String line = e.getLineNumber() == null ? "" : ", line " + e.getLineNumber();
    String message = e.getPebbleMessage() == null ? e.getMessage() : e.getPebbleMessage();
    return "Report template %s%s (in %s): %s".formatted(file, line, where, message);
  }
}
