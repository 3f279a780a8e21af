package org.cellbook.analysis.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared validation files in {@code ../shared/data/echem} (relative to the project root) and
 * their reference values. A missing file fails the test: these tests must never skip.
 */
public final class SharedData {

  public static final Path ECHEM = Path.of("..", "shared", "data", "echem");

  /** The materials-characterization files (isotherms, XRD, Raman) of {@code data/materials}. */
  public static final Path MATERIALS = Path.of("..", "shared", "data", "materials");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedData() {}

  /** Path of a shared file; fails when it does not exist. */
  public static Path file(String relative) {
    Path p = ECHEM.resolve(relative);
    assertThat(p).as("shared validation file %s (run tests from the project root)", p).exists();
    return p;
  }

  public static JsonNode json(String relative) {
    try {
      return JSON.readTree(file(relative).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
