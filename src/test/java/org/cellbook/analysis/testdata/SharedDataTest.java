package org.cellbook.analysis.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The copies of the shared validation files in src/test/resources/shared-data. */
class SharedDataTest {

  @Test
  void aMissingFileFailsTheTestAndSaysWhereItBelongs() {
    assertThatThrownBy(() -> SharedData.file("land/no_such_export.txt"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("echem/land/no_such_export.txt")
        .hasMessageContaining("src/test/resources/shared-data");
    assertThatThrownBy(() -> MaterialsData.file("isotherms/no_such_isotherm.aif"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("materials/isotherms/no_such_isotherm.aif");
  }

  /**
   * Every copy is byte-identical to its SHA256SUMS entry (git changed no line ending on checkout)
   * and none is unlisted.
   */
  @Test
  void theCopiesAreExactlyTheFilesOfSha256Sums() throws Exception {
    Map<String, String> listed = new HashMap<>();
    for (String line : Files.readAllLines(SharedData.ROOT.resolve("SHA256SUMS"))) {
      listed.put(line.substring(66), line.substring(0, 64));
    }
    List<Path> copies;
    try (Stream<Path> files = Files.walk(SharedData.ROOT)) {
      copies =
          files
              .filter(f -> Files.isRegularFile(f) && !f.getParent().equals(SharedData.ROOT))
              .toList();
    }
    assertThat(copies.stream().map(SharedDataTest::name))
        .as("copies against SHA256SUMS")
        .containsExactlyInAnyOrderElementsOf(listed.keySet());
    List<String> changed = new ArrayList<>();
    for (Path f : copies) {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
      if (!HexFormat.of().formatHex(digest).equals(listed.get(name(f)))) {
        changed.add(name(f));
      }
    }
    assertThat(changed).as("copies whose bytes differ from SHA256SUMS").isEmpty();
  }

  private static String name(Path copy) {
    return SharedData.ROOT.relativize(copy).toString().replace('\\', '/');
  }
}
