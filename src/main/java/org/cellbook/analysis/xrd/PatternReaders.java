package org.cellbook.analysis.xrd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Diffraction patterns from the files diffractometers write, recognised by content: Bruker {@code
 * .brml} (a zip whose {@code Experiment0/RawData0.xml} holds one {@code <Datum>} per step, 2θ third
 * and intensity last, wavelength in {@code WaveLengthAlpha1}), PANalytical {@code .xrdml} (XML: 2θ
 * from {@code startPosition}/{@code endPosition} or {@code listPositions}, {@code <counts>} or
 * {@code <intensities>}, wavelength {@code kAlpha1}), Rigaku {@code .ras} (text between {@code
 * *RAS_INT_START} and {@code *RAS_INT_END}: angle, counts, attenuation factor; wavelength {@code
 * *HW_XG_WAVE_LENGTH_ALPHA1}), and two-column text ({@link DiffractionPattern#read}).
 */
public final class PatternReaders {

  /** A .brml's scan XML is a few MB; anything far larger is not a scan. */
  private static final long MAX_XML_BYTES = 512L * 1024 * 1024;

  private PatternReaders() {}

  /** The formats, by the name {@code analyze} prints. */
  public enum Format {
    BRUKER_BRML("bruker-brml"),
    PANALYTICAL_XRDML("panalytical-xrdml"),
    RIGAKU_RAS("rigaku-ras"),
    TWO_COLUMN_TEXT("two-column-text"),
    /** A zip that is not a Bruker scan (a workbook, a cycler archive). */
    NOT_A_PATTERN("not-a-pattern");

    private final String slug;

    Format(String slug) {
      this.slug = slug;
    }

    public String slug() {
      return slug;
    }
  }

  /** The format of a file, judged from its first bytes. */
  public static Format detect(Path file) throws IOException {
    byte[] head = new byte[4096];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      // spreadsheets and other instruments' archives are zips too: only a Bruker scan is a .brml
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return zip.getEntry("Experiment0/RawData0.xml") != null
            ? Format.BRUKER_BRML
            : Format.NOT_A_PATTERN;
      } catch (IOException e) {
        return Format.BRUKER_BRML; // a damaged zip: let the reader say what is wrong with it
      }
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    if (text.contains("<xrdMeasurements") || text.contains("xrdml")) {
      return Format.PANALYTICAL_XRDML;
    }
    if (text.startsWith("*RAS_DATA_START") || text.contains("*RAS_HEADER_START")) {
      return Format.RIGAKU_RAS;
    }
    return Format.TWO_COLUMN_TEXT;
  }

  /**
   * @throws IOException naming the file and what is wrong with it
   */
  public static DiffractionPattern read(Path file) throws IOException {
    return switch (detect(file)) {
      case BRUKER_BRML -> brml(file);
      case PANALYTICAL_XRDML -> xrdml(file);
      case RIGAKU_RAS -> ras(file);
      case TWO_COLUMN_TEXT -> DiffractionPattern.read(file);
      case NOT_A_PATTERN ->
          throw new IOException(
              file.getFileName() + ": a zip archive, but not a Bruker .brml scan");
    };
  }

  private static DiffractionPattern brml(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry("Experiment0/RawData0.xml");
      if (entry == null) {
        throw new IOException(
            file.getFileName() + ": a zip without Experiment0/RawData0.xml is not a Bruker .brml");
      }
      if (entry.getSize() > MAX_XML_BYTES) {
        throw new IOException(file.getFileName() + ": RawData0.xml is implausibly large");
      }
      List<double[]> points = new ArrayList<>();
      double lambda = DiffractionPattern.CU_K_ALPHA1_ANGSTROM;
      try (InputStream in = zip.getInputStream(entry)) {
        XMLStreamReader xml = xmlReader(in);
        while (xml.hasNext()) {
          if (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String name = xml.getLocalName();
          if (name.equals("WaveLengthAlpha1")) {
            lambda = number(file, xml.getAttributeValue(null, "Value"), "WaveLengthAlpha1");
          } else if (name.equals("Datum")) {
            String[] f = xml.getElementText().split(",");
            if (f.length < 4) {
              throw new IOException(
                  file.getFileName()
                      + ": <Datum> '"
                      + String.join(",", f)
                      + "' has too few fields");
            }
            points.add(
                new double[] {
                  number(file, f[2], "Datum 2θ"), number(file, f[f.length - 1], "Datum")
                });
          }
        }
      } catch (XMLStreamException e) {
        throw new IOException(
            file.getFileName() + ": RawData0.xml is damaged: " + e.getMessage(), e);
      }
      return DiffractionPattern.of(file, points, lambda);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      // a zip cut or damaged in its directory ends early: EOFException, without a message
      throw new IOException(
          file.getFileName()
              + ": the .brml zip is damaged: "
              + (e.getMessage() == null ? "it ends early" : e.getMessage()),
          e);
    }
  }

  private static DiffractionPattern xrdml(Path file) throws IOException {
    double start = Double.NaN;
    double end = Double.NaN;
    double[] list = null;
    double[] intensities = null;
    double lambda = DiffractionPattern.CU_K_ALPHA1_ANGSTROM;
    boolean twoTheta = false;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = xmlReader(in);
      while (xml.hasNext() && intensities == null) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("positions")) {
          twoTheta = false;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "kAlpha1" -> lambda = number(file, xml.getElementText(), "kAlpha1");
          case "positions" -> twoTheta = "2Theta".equals(xml.getAttributeValue(null, "axis"));
          case "startPosition" -> {
            if (twoTheta) {
              start = number(file, xml.getElementText(), "startPosition");
            }
          }
          case "endPosition" -> {
            if (twoTheta) {
              end = number(file, xml.getElementText(), "endPosition");
            }
          }
          case "listPositions" -> {
            if (twoTheta) {
              list = numbers(file, xml.getElementText(), "listPositions");
            }
          }
          case "counts", "intensities" ->
              intensities = numbers(file, xml.getElementText(), xml.getLocalName());
          default -> {}
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(
          file.getFileName() + ": the .xrdml XML is damaged: " + e.getMessage(), e);
    }
    if (intensities == null) {
      throw new IOException(file.getFileName() + ": no <counts> or <intensities> in the .xrdml");
    }
    if (list == null && (Double.isNaN(start) || Double.isNaN(end))) {
      throw new IOException(file.getFileName() + ": no 2Theta positions in the .xrdml");
    }
    if (list != null && list.length != intensities.length) {
      throw new IOException(
          file.getFileName()
              + ": %d 2θ positions but %d intensities".formatted(list.length, intensities.length));
    }
    List<double[]> points = new ArrayList<>();
    for (int k = 0; k < intensities.length; k++) {
      double x =
          list != null ? list[k] : start + (end - start) * k / Math.max(1, intensities.length - 1);
      points.add(new double[] {x, intensities[k]});
    }
    return DiffractionPattern.of(file, points, lambda);
  }

  private static DiffractionPattern ras(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    double lambda = DiffractionPattern.CU_K_ALPHA1_ANGSTROM;
    List<double[]> points = new ArrayList<>();
    boolean data = false;
    boolean ended = false;
    for (int k = 0; k < lines.size() && !ended; k++) {
      String line = lines.get(k).strip();
      if (line.startsWith("*HW_XG_WAVE_LENGTH_ALPHA1")) {
        lambda = number(file, line.substring(25).replace("\"", "").strip(), "wavelength");
      } else if (line.equals("*RAS_INT_START")) {
        data = true;
      } else if (line.equals("*RAS_INT_END")) {
        ended = true;
      } else if (data && !line.isEmpty()) {
        String[] f = line.split("\\s+");
        if (f.length < 2) {
          throw new IOException(
              file.getFileName() + ", line " + (k + 1) + ": expected angle and counts");
        }
        double att = f.length > 2 ? number(file, f[2], "line " + (k + 1)) : 1;
        points.add(
            new double[] {
              number(file, f[0], "line " + (k + 1)), number(file, f[1], "line " + (k + 1)) * att
            });
      }
    }
    if (!ended) {
      throw new IOException(
          file.getFileName() + ": no *RAS_INT_END: the file is cut before the end of the scan");
    }
    return DiffractionPattern.of(file, points, lambda);
  }

  private static XMLStreamReader xmlReader(InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f.createXMLStreamReader(in);
  }

  private static double number(Path file, String text, String what) throws IOException {
    try {
      return Double.parseDouble(text.strip());
    } catch (RuntimeException e) {
      throw new IOException(file.getFileName() + ": " + what + " '" + text + "' is not a number");
    }
  }

  private static double[] numbers(Path file, String text, String what) throws IOException {
    String[] parts = text.strip().split("\\s+");
    double[] out = new double[parts.length];
    for (int k = 0; k < parts.length; k++) {
      out[k] = number(file, parts[k], what.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
