package org.cellbook.analysis.importers;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The public instrument exports kept for the importer tests beside this package on the test
 * classpath ({@code src/test/resources/org/cellbook/analysis/importers}; README.md there names
 * sources and licences).
 */
final class ImporterFiles {

  private ImporterFiles() {}

  static Path file(String name) {
    URL url = ImporterFiles.class.getResource(name);
    if (url == null) {
      throw new AssertionError("test file " + name + " is not on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
