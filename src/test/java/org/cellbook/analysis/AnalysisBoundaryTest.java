package org.cellbook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The analysis core is plain Java: no Spring, Vaadin, Jakarta Persistence or Hibernate. */
class AnalysisBoundaryTest {

  private static final List<String> FORBIDDEN =
      List.of("org.springframework", "com.vaadin", "jakarta.persistence", "org.hibernate");

  @Test
  void analysisSourcesImportNoFrameworks() throws IOException {
    Path root = Path.of("src", "main", "java", "org", "cellbook", "analysis");
    assertThat(root).isDirectory();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(20);
    for (Path p : sources) {
      for (String line : Files.readAllLines(p)) {
        if (line.startsWith("import ")) {
          assertThat(FORBIDDEN).as("%s: %s", p.getFileName(), line).noneMatch(line::contains);
        }
      }
    }
  }
}
