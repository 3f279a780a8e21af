package org.cellbook.analysis.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The materials validation files ({@link SharedData#MATERIALS}) and their reference values in its
 * MANIFEST.tsv. A missing file fails the test: these tests must never skip.
 */
public final class MaterialsData {

  private static final JsonMapper JSON = new JsonMapper();

  private MaterialsData() {}

  /** Path of a shared file; fails when it does not exist. */
  public static Path file(String relative) {
    return SharedData.existing(SharedData.MATERIALS, relative);
  }

  /** The expected_values_json cell of the file's MANIFEST.tsv row. */
  public static JsonNode expected(String relative) {
    try {
      for (String line : Files.readAllLines(file("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
        String[] cells = line.split("\t");
        if (cells[0].equals(relative)) {
          return JSON.readTree(cells[7]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("not in MANIFEST.tsv: " + relative);
  }

  public static JsonNode json(String relative) {
    return JSON.readTree(file(relative));
  }
}
