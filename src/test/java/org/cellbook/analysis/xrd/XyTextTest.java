package org.cellbook.analysis.xrd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text patterns and spectra in the encodings and number styles instruments write. */
class XyTextTest {

  @TempDir Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(XyTextTest.class.getResource("/org/cellbook/analysis/raman/" + name).toURI());
  }

  @Test
  void labSpecHeaderInWindows1252IsReadWithItsSymbols() throws Exception {
    // strict UTF-8 failed on the 0xB9 of "cm-¹": "Input length = 1"
    XyText text = XyText.read(resource("wrighttools_LabRAM_spectrum_wn.txt"));

    assertThat(text.header()).hasSize(44);
    assertThat(text.header())
        .contains("#Spectro (cm-¹)=\t289.988", "#Detector temperature (°C)=\t-75.07");
    assertThat(text.rows()).hasSize(1020);
    assertThat(text.rows().getFirst()).containsExactly(24.8558, 564.25);
    assertThat(text.rows().getLast()).containsExactly(541.36, 20266);
  }

  @Test
  void utf16WithOrWithoutByteOrderMarkAndUtf8WithOneGiveTheSameRows() throws IOException {
    String spectrum = "#Wave\t#Intensity\n1000.5\t12.5\n1001.5\t13\n1002.5\t14.25\n";
    byte[] utf8Bom = ("\uFEFF" + spectrum).getBytes(StandardCharsets.UTF_8);
    byte[] utf16Bom = ("\uFEFF" + spectrum).getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16 = spectrum.getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16Be = ("\uFEFF" + spectrum).getBytes(StandardCharsets.UTF_16BE);

    for (byte[] bytes : new byte[][] {utf8Bom, utf16Bom, utf16, utf16Be}) {
      XyText text = XyText.read(Files.write(dir.resolve("s.txt"), bytes));
      assertThat(text.header()).containsExactly("#Wave\t#Intensity");
      assertThat(text.rows()).hasSize(3);
      assertThat(text.rows().get(2)).containsExactly(1002.5, 14.25);
    }
  }

  @Test
  void decimalCommasAreReadWhereTabsOrSemicolonsSeparateTheFields() throws IOException {
    Path tabs = Files.writeString(dir.resolve("tabs.txt"), "125,500\t3,25\n126,75\t4\n");
    Path semicolons = Files.writeString(dir.resolve("semi.csv"), "125,5;3,25\n126,75;4\n");
    Path commas = Files.writeString(dir.resolve("commas.csv"), "125.5,3.25\n126.75, 4\n");

    for (Path file : new Path[] {tabs, semicolons, commas}) {
      XyText text = XyText.read(file);
      assertThat(text.rows().getFirst()).as(file.toString()).containsExactly(125.5, 3.25);
      assertThat(text.rows().getLast()).as(file.toString()).containsExactly(126.75, 4);
    }
  }

  @Test
  void textAfterTheRowsNamesItsLine() throws IOException {
    Path file = Files.writeString(dir.resolve("cut.xy"), "# x y\n10 1\n11 2\n12 oops\n");

    assertThatThrownBy(() -> XyText.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cut.xy, line 4")
        .hasMessageContaining("12 oops");
    // the head, read to tell what a file is, stops there instead
    assertThat(XyText.head(file).rows()).hasSize(2);
  }

  @Test
  void columnsAndDirectionOfTheRows() throws IOException {
    XyText descending = XyText.read(Files.writeString(dir.resolve("d.txt"), "3 1\n2 1\n1 1\n"));
    XyText ragged = XyText.read(Files.writeString(dir.resolve("r.txt"), "1 1\n2 1 5\n3 1\n"));
    XyText back = XyText.read(Files.writeString(dir.resolve("b.txt"), "1 1\n3 1\n2 1\n"));

    assertThat(descending.columns()).isEqualTo(2);
    assertThat(descending.monotonicX()).isTrue();
    assertThat(descending.minX()).isEqualTo(1);
    assertThat(descending.maxX()).isEqualTo(3);
    assertThat(ragged.columns()).isZero();
    assertThat(back.monotonicX()).isFalse();
  }
}
