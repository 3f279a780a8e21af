package org.cellbook.synthesis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cellbook.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The route templates the lab keeps as YAML in {@code cellbook.templates-dir}
 * (templates/protocols). When that folder does not exist (the jar run elsewhere) the copies
 * packaged in the jar are used. A broken file is reported by name and skipped, so one typo does not
 * take the other routes away.
 */
@Component
public class RouteTemplateCatalog {

  private static final Logger log = LoggerFactory.getLogger(RouteTemplateCatalog.class);

  private final Map<String, RouteTemplate> templates = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  RouteTemplateCatalog(SynthesisSettings settings) {
    Path folder = settings.templatesDir();
    if (Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        files
            .filter(f -> f.getFileName().toString().endsWith(".yaml"))
            .sorted(Comparator.naturalOrder())
            .forEach(f -> load(f.getFileName().toString(), () -> Files.newInputStream(f)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list route templates in " + folder, e);
      }
    } else {
      try {
        Resource[] packaged =
            new PathMatchingResourcePatternResolver()
                .getResources("classpath*:templates/protocols/*.yaml");
        for (Resource resource : packaged) {
          load(resource.getFilename(), resource::getInputStream);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read packaged route templates", e);
      }
    }
  }

  private interface Source {
    InputStream open() throws IOException;
  }

  private void load(String fileName, Source source) {
    try (InputStream in = source.open()) {
      RouteTemplate template = RouteTemplateReader.read(fileName, in);
      templates.put(template.code(), template);
    } catch (IOException | RouteTemplateReader.TemplateException e) {
      String problem = e.getMessage();
      problems.add(problem);
      log.error("Route template skipped: {}", problem);
    }
  }

  public List<RouteTemplate> all() {
    return List.copyOf(templates.values());
  }

  public Optional<RouteTemplate> find(String code) {
    return Optional.ofNullable(templates.get(code));
  }

  public RouteTemplate get(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("route template", code));
  }

  /** Files that could not be read, each message naming the file and the field. */
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
