package org.cellbook.analysis.xrd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diffractometer files by content. The Bruker .brml is the shared real file (MANIFEST.tsv: 2001
 * points, 44–48°, λ 1.5406 Å, maximum 495559.8 at 45.82°). No PANalytical or Rigaku file is in the
 * shared data: the .xrdml and .ras below are written here from the formats' public descriptions
 * (xrdml schema: {@code dataPoints/positions[@axis='2Theta']} with start/end, {@code counts},
 * {@code usedWavelength/kAlpha1}; RAS: {@code *RAS_INT_START}…{@code *RAS_INT_END} rows of angle,
 * counts, attenuation factor) with the synthetic hard-carbon pattern's numbers.
 */
class PatternReadersTest {

  private static final String BRML = "xrd/nomad_23-012-AG_2thomegascan_long.brml";

  @TempDir Path dir;

  @Test
  void brukerBrmlFromItsZippedXml() throws IOException {
    assertThat(PatternReaders.detect(MaterialsData.file(BRML)))
        .isEqualTo(PatternReaders.Format.BRUKER_BRML);
    DiffractionPattern p = PatternReaders.read(MaterialsData.file(BRML));
    assertThat(p.twoThetaDegrees()).hasSize(2001);
    assertThat(p.twoThetaDegrees()[0]).isCloseTo(44.0, within(1e-9));
    assertThat(p.twoThetaDegrees()[2000]).isCloseTo(48.0, within(1e-9));
    assertThat(p.wavelengthAngstrom()).isEqualTo(1.5406);
    int max = 0;
    for (int k = 1; k < p.counts().length; k++) {
      if (p.counts()[k] > p.counts()[max]) {
        max = k;
      }
    }
    assertThat(p.counts()[max]).isCloseTo(495559.8, within(0.05));
    assertThat(p.twoThetaDegrees()[max]).isCloseTo(45.82, within(0.001));
  }

  @Test
  void panalyticalXrdmlAndRigakuRasGiveTheSamePatternAsTheText() throws IOException {
    DiffractionPattern xy =
        DiffractionPattern.read(MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy"));
    double[] x = xy.twoThetaDegrees();
    String counts =
        Arrays.stream(xy.counts())
            .mapToObj(c -> String.format(Locale.ROOT, "%.1f", c))
            .collect(Collectors.joining(" "));
    Path xrdml = dir.resolve("scan.xrdml");
    Files.writeString(
        xrdml,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xrdMeasurements xmlns="http://www.xrdml.com/XRDMeasurement/1.5" status="Completed">
          <xrdMeasurement measurementType="Scan" status="Completed">
            <usedWavelength intended="K-Alpha 1">
              <kAlpha1 unit="Angstrom">1.5405980</kAlpha1>
              <kAlpha2 unit="Angstrom">1.5444260</kAlpha2>
            </usedWavelength>
            <scan appendNumber="0" mode="Continuous" scanAxis="Gonio" status="Completed">
              <dataPoints>
                <positions axis="2Theta" unit="deg">
                  <startPosition>%s</startPosition>
                  <endPosition>%s</endPosition>
                </positions>
                <positions axis="Omega" unit="deg">
                  <startPosition>5.0</startPosition>
                  <endPosition>40.0</endPosition>
                </positions>
                <commonCountingTime unit="seconds">1.0</commonCountingTime>
                <counts unit="counts">%s</counts>
              </dataPoints>
            </scan>
          </xrdMeasurement>
        </xrdMeasurements>
        """
            .formatted(x[0], x[x.length - 1], counts));
    DiffractionPattern fromXrdml = PatternReaders.read(xrdml);
    assertThat(PatternReaders.detect(xrdml)).isEqualTo(PatternReaders.Format.PANALYTICAL_XRDML);
    assertThat(fromXrdml.wavelengthAngstrom()).isEqualTo(1.540598);
    assertThat(fromXrdml.twoThetaDegrees()).hasSameSizeAs(x);
    assertThat(fromXrdml.twoThetaDegrees()[100]).isCloseTo(x[100], within(1e-6));
    assertThat(fromXrdml.counts()[100]).isCloseTo(xy.counts()[100], within(0.06));

    StringBuilder ras =
        new StringBuilder(
            "*RAS_DATA_START\n*RAS_HEADER_START\n*HW_XG_WAVE_LENGTH_ALPHA1 \"1.540593\"\n"
                + "*RAS_HEADER_END\n*RAS_INT_START\n");
    for (int k = 0; k < x.length; k++) {
      // counts recorded through a ×2 attenuator on the first half of the scan
      double att = k < x.length / 2 ? 2 : 1;
      ras.append(String.format(Locale.ROOT, "%.4f %.4f %.4f%n", x[k], xy.counts()[k] / att, att));
    }
    ras.append("*RAS_INT_END\n*RAS_DATA_END\n");
    Path rasFile = Files.writeString(dir.resolve("scan.ras"), ras);
    DiffractionPattern fromRas = PatternReaders.read(rasFile);
    assertThat(fromRas.wavelengthAngstrom()).isEqualTo(1.540593);
    assertThat(fromRas.counts()[10]).isCloseTo(xy.counts()[10], within(1e-3));

    // the same analysis from any of them
    assertThat(CarbonXrd.rValue(fromXrdml).r()).isCloseTo(CarbonXrd.rValue(xy).r(), within(1e-3));
    assertThat(CarbonXrd.rValue(fromRas).r()).isCloseTo(CarbonXrd.rValue(xy).r(), within(1e-3));
  }

  @Test
  void cutOrGarbledFilesSayWhat() throws IOException {
    byte[] brml = Files.readAllBytes(MaterialsData.file(BRML));
    Path cut = Files.write(dir.resolve("cut.brml"), Arrays.copyOf(brml, brml.length / 2));
    assertThatThrownBy(() -> PatternReaders.read(cut))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cut.brml");

    Path xrdml = dir.resolve("cut.xrdml");
    Files.writeString(xrdml, "<?xml version=\"1.0\"?><xrdMeasurements><xrdMeasurement><scan>");
    assertThatThrownBy(() -> PatternReaders.read(xrdml))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cut.xrdml");

    Path ras = dir.resolve("cut.ras");
    Files.writeString(ras, "*RAS_DATA_START\n*RAS_HEADER_START\n*RAS_INT_START\n10 5 1\n11 6 1\n");
    assertThatThrownBy(() -> PatternReaders.read(ras))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("RAS_INT_END");

    byte[] junk = new byte[2048];
    new Random(3).nextBytes(junk);
    Path garbage = Files.write(dir.resolve("garbage.xy"), junk);
    assertThatThrownBy(() -> PatternReaders.read(garbage)).isInstanceOf(IOException.class);
  }

  @Test
  void aDescendingSpectrumIsTurnedAround() throws IOException {
    Path file = dir.resolve("raman_desc.txt");
    StringBuilder b = new StringBuilder("#Wave\t#Intensity\n");
    for (int k = 20; k >= 0; k--) {
      b.append(1000 + 10 * k).append('\t').append(100 + k).append('\n');
    }
    DiffractionPattern p = DiffractionPattern.read(Files.writeString(file, b));
    assertThat(p.twoThetaDegrees()[0]).isEqualTo(1000);
    assertThat(p.counts()[0]).isEqualTo(100);
  }
}
