package org.cellbook.analysis.raman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raman spectra as two-column text: the shift axis named as such, whichever way it runs. */
class RamanSpectrumTest {

  @TempDir Path dir;

  @Test
  void descendingShiftIsReadAscendingWithItsCounts() throws IOException {
    StringBuilder text = new StringBuilder("#Wave\t#Intensity\n");
    for (int k = 11; k >= 0; k--) {
      text.append(1000 + 50 * k).append('\t').append(100 + k).append('\n');
    }
    RamanSpectrum s = RamanSpectrum.read(Files.writeString(dir.resolve("s.txt"), text));

    assertThat(s.ramanShiftPerCm()).hasSize(12).startsWith(1000.0).endsWith(1550.0);
    assertThat(s.counts()).startsWith(100.0).endsWith(111.0);
  }

  @Test
  void repeatedShiftIsRefusedNamingTheRamanShift() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 12; k++) {
      text.append(k == 5 ? 1200 : 1000 + 50 * k).append('\t').append(100).append('\n');
    }
    Path file = Files.writeString(dir.resolve("repeat.txt"), text);

    assertThatThrownBy(() -> RamanSpectrum.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage("repeat.txt: Raman shift must increase (point 6)");
  }
}
