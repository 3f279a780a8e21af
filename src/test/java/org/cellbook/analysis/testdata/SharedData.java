package org.cellbook.analysis.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validation files and their reference values in {@code src/test/resources/shared-data} (its
 * PROVENANCE.md names sources and licences), read from the test classpath so that the tests pass in
 * a bare clone. A missing file fails the test: these tests must never skip.
 */
public final class SharedData {

  /** The copies' folder on the test classpath, found by its PROVENANCE.md. */
  public static final Path ROOT = root();

  /** The cycler files of {@code shared-data/echem}. */
  public static final Path ECHEM = ROOT.resolve("echem");

  /**
   * The materials-characterization files (isotherms, XRD, Raman) of {@code shared-data/materials}.
   */
  public static final Path MATERIALS = ROOT.resolve("materials");

  private static final JsonMapper JSON = new JsonMapper();

  private SharedData() {}

  /** Path of a shared echem file; fails when it does not exist. */
  public static Path file(String relative) {
    return existing(ECHEM, relative);
  }

  /** Path of {@code relative} in {@code folder}; fails when it does not exist. */
  static Path existing(Path folder, String relative) {
    Path p = folder.resolve(relative);
    assertThat(p)
        .as(
            "validation file %s is missing from src/test/resources/shared-data: add it from its"
                + " source as PROVENANCE.md there describes",
            ROOT.relativize(p))
        .exists();
    return p;
  }

  private static Path root() {
    URL provenance = SharedData.class.getResource("/shared-data/PROVENANCE.md");
    if (provenance == null) {
      throw new AssertionError("src/test/resources/shared-data is not on the test classpath");
    }
    try {
      return Path.of(provenance.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(String relative) {
    return JSON.readTree(file(relative));
  }

  /** One row of MANIFEST.tsv. */
  public record ManifestRow(String file, String cycler, String format, JsonNode expected) {
    @Override
    public String toString() {
      return file;
    }
  }

  public static List<ManifestRow> manifest() {
    try {
      List<String> lines = Files.readAllLines(file("MANIFEST.tsv"), StandardCharsets.UTF_8);
      List<ManifestRow> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        rows.add(new ManifestRow(f[0], f[5], f[6], JSON.readTree(f[9].isEmpty() ? "{}" : f[9])));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a shared file to a temporary file with another name (to show detection by content). */
  public static Path copyAs(String relative, Path dir, String newName) {
    try {
      return Files.copy(file(relative), dir.resolve(newName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
