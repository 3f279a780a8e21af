package org.cellbook.analysis.importers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Neware BTS 8+ {@code .ndax} archives: a zip of XML files (test information, step plan, versions)
 * and binary {@code .ndc} tables (see {@link NdcPages}). The layouts are the ones the open-source
 * NewareNDA reader (BSD-3) decodes, checked here against the shared files' reference values.
 *
 * <ul>
 *   <li>Layout 5: {@code data.ndc} holds complete records (index, plan step, status, step time in
 *       ms, voltage and current as integers scaled by the current range, capacity counters).
 *   <li>Layouts 14, 16 and 17: {@code data.ndc} holds voltage and current only, one per record in
 *       order. {@code data_runInfo.ndc} gives step time, counters, record interval and step number
 *       for some records, tied by record index: BTS leaves out a record that follows on at the same
 *       interval, so the missing ones are filled in as NewareNDA does, time stepping by the last
 *       interval and the counters integrating I·dt. {@code data_step.ndc} gives each step's plan
 *       step and status.
 *   <li>Auxiliary channels ({@code data_AUX_*.ndc}, {@code data_<n>.ndc}) pair, in file-name order,
 *       with the Aux entries of {@code TestInfo.xml}; the first temperature channel (ChlType 103)
 *       becomes the series' temperature.
 * </ul>
 *
 * <p>Entries are inflated page by page and the total may not exceed 32 times the archive's size, so
 * a hostile archive cannot exhaust memory; a cut archive has no zip directory and is refused.
 */
public final class NewareNdaxImporter implements CyclerImporter {

  private static final String DATA = "data.ndc";
  private static final String RUN_INFO = "data_runInfo.ndc";
  private static final String STEPS = "data_step.ndc";
  private static final String TEST_INFO = "TestInfo.xml";
  private static final String VERSION_INFO = "VersionInfo.xml";
  private static final int MAX_XML_BYTES = 1 << 20;
  private static final Pattern AUX_TABLE =
      Pattern.compile("data_AUX_(\\d+)_(\\d+)_(\\d+)\\.ndc|data_(\\d+)\\.ndc");

  /** TestInfo ChlType of a temperature channel and of a voltage-and-temperature channel. */
  private static final String TEMPERATURE = "103";

  private static final String VOLTAGE_AND_TEMPERATURE = "6";

  /** Where the slots of a layout start in a page and how long they are. */
  private record Slots(int at, int bytes) {}

  private static final Slots COMPLETE_RECORDS = new Slots(125, 87);

  @Override
  public String formatName() {
    return "Neware .ndax";
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isZip() || sample.path() == null) {
      return 0;
    }
    try (ZipFile zip = new ZipFile(sample.path().toFile())) {
      boolean data = zip.getEntry(DATA) != null;
      boolean neware = zip.getEntry(VERSION_INFO) != null || zip.getEntry(TEST_INFO) != null;
      return data && neware ? 0.99 : data ? 0.9 : neware ? 0.5 : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      NdcPages.Budget budget = new NdcPages.Budget(Files.size(file));
      ZipEntry data = zip.getEntry(DATA);
      if (data == null) {
        throw new ImportException(
            file, "a zip archive without " + DATA + " is not a Neware .ndax file");
      }
      Map<String, String> extra = new LinkedHashMap<>();
      List<String> comments = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      Element testInfo = xmlElement(zip, TEST_INFO, "TestInfo", file, budget, warnings);
      Element versions = xmlElement(zip, VERSION_INFO, "ZwjVersion", file, budget, warnings);
      String channel = describeTest(testInfo, versions, extra, comments);
      NewareRecords records;
      Instant start;
      int version;
      try (InputStream in = zip.getInputStream(data)) {
        NdcPages pages = new NdcPages(in, file, DATA, budget);
        version = pages.version();
        requireType(pages, NdcPages.RECORDS, file);
        extra.put("ndc version", Integer.toString(version));
        switch (version) {
          case 5 -> {
            // the declared size only presizes, within a bound: a hostile one cannot claim memory
            int expected = (int) Math.min(1 << 20, Math.max(0, data.getSize()) / 87);
            records = new NewareRecords(file, true, expected);
            start = null;
            String clock = readCompleteRecords(pages, records, file);
            if (clock != null) {
              extra.put("start time (instrument clock, no time zone)", clock);
            }
            for (ZipEntry aux : auxTables(zip)) {
              readIndexedAux(zip, aux, records, file, budget, warnings);
            }
          }
          case 14, 16, 17 -> {
            Split split = new Split(file, version);
            split.readVoltageAndCurrent(pages);
            split.readTemperature(zip, auxChannels(testInfo), budget, warnings);
            start = split.readRunInfo(zip, budget);
            split.readSteps(zip, budget);
            records = split.records(warnings);
          }
          default ->
              throw new ImportException(
                  file,
                  DATA
                      + ": table layout version "
                      + version
                      + " is not supported (5, 14, 16 and 17 are); export the test from BTSDA"
                      + " as .xlsx or .csv");
        }
      }
      return records.build(
          new SeriesMetadata(
              formatName() + " (ndc version " + version + ")",
              "Neware",
              channel,
              start,
              null,
              comments,
              extra,
              warnings));
    } catch (ZipException e) {
      throw new ImportException(
          file, "not a readable zip archive (cut or damaged?): " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the archive: " + e.getMessage(), e);
    }
  }

  /**
   * Layout 5: each slot is a whole record, marked 0x55 at its byte 7.
   *
   * @return the wall-clock time of the first record as written (local time, no zone), or null
   */
  private static String readCompleteRecords(NdcPages pages, NewareRecords records, Path file)
      throws ImportException {
    String[] clock = {null};
    pages.forEachRecord(
        COMPLETE_RECORDS.at(),
        COMPLETE_RECORDS.bytes(),
        (page, s) -> {
          if (page.get(s + 7) != 0x55) {
            throw new ImportException(
                file, pages.here() + ", slot at byte " + s + ": not a data record");
          }
          double unit =
              NewareRecords.milliAmpsPerUnit(
                  page.getInt(s + 82), file, pages.here() + ", slot at byte " + s);
          records.add(
              page.getInt(s + 8) & 0xffffffffL,
              page.get(s + 16) & 0xff,
              page.get(s + 17) & 0xff,
              page.getLong(s + 23) / 1000.0,
              page.getInt(s + 31) / 10000.0,
              page.getInt(s + 35) * unit,
              page.getLong(s + 43) * unit / 3600,
              page.getLong(s + 51) * unit / 3600,
              Double.NaN);
          if (clock[0] == null) {
            clock[0] = NewareRecords.localClock(page, s + 75);
          }
        });
    return clock[0];
  }

  /** Layout 5 auxiliary tables: records marked 0x65 or 0x74 that name their record index. */
  private static void readIndexedAux(
      ZipFile zip,
      ZipEntry entry,
      NewareRecords records,
      Path file,
      NdcPages.Budget budget,
      List<String> warnings)
      throws IOException, ImportException {
    try (InputStream in = zip.getInputStream(entry)) {
      NdcPages pages = new NdcPages(in, file, entry.getName(), budget);
      requireType(pages, NdcPages.AUX, file);
      if (pages.version() != 5) {
        warnings.add(entry.getName() + ": layout " + pages.version() + " not read");
        return;
      }
      pages.forEachRecord(
          COMPLETE_RECORDS.at(),
          COMPLETE_RECORDS.bytes(),
          (page, s) -> {
            byte kind = page.get(s + 7);
            if (kind == 0x65 || kind == 0x74) {
              records.addAuxTemperature(
                  page.getInt(s + 8) & 0xffffffffL,
                  page.get(s + 3) & 0xff,
                  page.getShort(s + 41) / 10.0);
            }
          });
    }
  }

  /**
   * Layouts 14, 16 and 17: voltage and current per record in {@code data.ndc}, the rest in the
   * run-information and step tables, joined by record index and step number.
   */
  private static final class Split {
    private final Path file;
    private final int version;
    private float[] volts = new float[1024];
    private float[] milliAmps = new float[1024];
    private int n;
    private float[] celsius;
    // per record, from data_runInfo.ndc (NaN / 0 where the table leaves the record out)
    private double[] stepSeconds;
    private double[] intervalSeconds;
    private double[] chargeMilliAmpHours;
    private double[] dischargeMilliAmpHours;
    private int[] stepNumber;
    private int outside;
    // per step, from data_step.ndc
    private int[] planStep = new int[64];
    private int[] status = new int[64];
    private int steps;

    Split(Path file, int version) {
      this.file = file;
      this.version = version;
    }

    void readVoltageAndCurrent(NdcPages pages) throws ImportException {
      double voltsPerUnit = version == 16 ? 1e-4 : 1;
      double milliAmpsPerUnit = version == 16 ? 1 : 1000;
      pages.forEachRecord(
          132,
          8,
          (page, s) -> {
            if (n == volts.length) {
              if (n >= NewareRecords.MAX_RECORDS) {
                throw new ImportException(
                    file, DATA + ": more than " + NewareRecords.MAX_RECORDS + " records: refused");
              }
              volts = Arrays.copyOf(volts, n + (n >> 1));
              milliAmps = Arrays.copyOf(milliAmps, volts.length);
            }
            volts[n] = (float) (page.getFloat(s) * voltsPerUnit);
            milliAmps[n] = (float) (page.getFloat(s + 4) * milliAmpsPerUnit);
            n++;
          });
      if (n == 0) {
        throw new ImportException(file, DATA + " holds no records");
      }
    }

    /** The first auxiliary temperature channel, one reading per record in order. */
    void readTemperature(
        ZipFile zip, List<String> channelTypes, NdcPages.Budget budget, List<String> warnings)
        throws IOException, ImportException {
      List<ZipEntry> tables = auxTables(zip);
      boolean paired = tables.size() == channelTypes.size();
      if (!tables.isEmpty() && !paired) {
        warnings.add(
            tables.size()
                + " auxiliary tables but "
                + channelTypes.size()
                + " channels in "
                + TEST_INFO
                + ": channel types unknown");
      }
      for (int k = 0; k < tables.size(); k++) {
        ZipEntry entry = tables.get(k);
        try (InputStream in = zip.getInputStream(entry)) {
          NdcPages pages = new NdcPages(in, file, entry.getName(), budget);
          requireType(pages, NdcPages.AUX, file);
          // layout 16 stores a temperature with every reading, 14 and 17 one value whose meaning
          // only the channel type tells
          String channelType = paired ? channelTypes.get(k) : null;
          boolean temperature =
              version == 16
                  ? channelType == null
                      || channelType.equals(TEMPERATURE)
                      || channelType.equals(VOLTAGE_AND_TEMPERATURE)
                  : TEMPERATURE.equals(channelType);
          if (!temperature || celsius != null) {
            warnings.add(
                "auxiliary table " + entry.getName() + " not used (not the first temperature)");
            continue;
          }
          float[] values = new float[n];
          Arrays.fill(values, Float.NaN);
          int[] count = {0};
          // layout 16 stores voltage and temperature (0.1 °C), 14 and 17 one float per record
          pages.forEachRecord(
              132,
              version == 16 ? 7 : 4,
              (page, s) -> {
                if (count[0] < n) {
                  values[count[0]] = version == 16 ? page.getShort(s + 5) / 10f : page.getFloat(s);
                }
                count[0]++;
              });
          if (count[0] != n) {
            warnings.add(
                entry.getName()
                    + " has "
                    + count[0]
                    + " readings for "
                    + n
                    + " records; temperature joined by position");
          }
          celsius = values;
          warnings.add("temperature from auxiliary table " + entry.getName());
        }
      }
    }

    /** Reads {@code data_runInfo.ndc}; returns the start of the test. */
    Instant readRunInfo(ZipFile zip, NdcPages.Budget budget) throws IOException, ImportException {
      ZipEntry entry = require(zip, RUN_INFO);
      stepSeconds = new double[n];
      intervalSeconds = new double[n];
      chargeMilliAmpHours = new double[n];
      dischargeMilliAmpHours = new double[n];
      stepNumber = new int[n];
      Arrays.fill(stepSeconds, Double.NaN);
      // counters are in Ah in layouts 14 and 17, in mA·s in layout 16
      double milliAmpHoursPerUnit = version == 16 ? 1 / 3600.0 : 1000;
      Instant[] start = {null};
      try (InputStream in = zip.getInputStream(entry)) {
        NdcPages pages = new NdcPages(in, file, RUN_INFO, budget);
        requireType(pages, NdcPages.RUN_INFO, file);
        pages.forEachRecord(
            132,
            version == 14 ? 55 : 100,
            (page, s) -> {
              long index = page.getInt(s + 41) & 0xffffffffL;
              if (start[0] == null) {
                long seconds = page.getInt(s + 33) & 0xffffffffL;
                start[0] = Instant.ofEpochSecond(seconds, page.getShort(s + 45) * 1_000_000L);
              }
              if (index < 1 || index > n) {
                outside++;
                return;
              }
              int i = (int) index - 1;
              if (!Double.isNaN(stepSeconds[i])) {
                return; // a repeated record: the first one counts
              }
              stepSeconds[i] = page.getInt(s) / 1000.0;
              chargeMilliAmpHours[i] = page.getFloat(s + 5) * milliAmpHoursPerUnit;
              dischargeMilliAmpHours[i] = page.getFloat(s + 9) * milliAmpHoursPerUnit;
              intervalSeconds[i] = page.getInt(s + 29) / 1000.0;
              stepNumber[i] = page.getInt(s + 37);
            });
      }
      return start[0];
    }

    void readSteps(ZipFile zip, NdcPages.Budget budget) throws IOException, ImportException {
      ZipEntry entry = require(zip, STEPS);
      try (InputStream in = zip.getInputStream(entry)) {
        NdcPages pages = new NdcPages(in, file, STEPS, budget);
        requireType(pages, NdcPages.STEPS, file);
        pages.forEachRecord(
            132,
            version == 14 ? 37 : 100,
            (page, s) -> {
              if (steps == planStep.length) {
                if (steps >= NewareRecords.MAX_RECORDS) {
                  throw new ImportException(file, STEPS + ": too many steps: refused");
                }
                planStep = Arrays.copyOf(planStep, steps * 2);
                status = Arrays.copyOf(status, steps * 2);
              }
              planStep[steps] = page.getInt(s + 4);
              status[steps] = page.get(s + 24) & 0xff;
              steps++;
            });
      }
    }

    /**
     * Joins the tables record by record. A record the run information leaves out continues the last
     * one: time advances by its interval, and the counters by I·dt of the left-out records.
     */
    NewareRecords records(List<String> warnings) throws ImportException {
      NewareRecords records = new NewareRecords(file, true, n);
      if (outside > 0) {
        warnings.add(outside + " run-information record(s) name records outside " + DATA);
      }
      int filled = 0;
      int last = -1;
      double signedMilliAmpHours = 0;
      for (int i = 0; i < n; i++) {
        double t;
        double charge;
        double discharge;
        if (!Double.isNaN(stepSeconds[i])) {
          last = i;
          signedMilliAmpHours = 0;
          t = stepSeconds[i];
          charge = chargeMilliAmpHours[i];
          discharge = dischargeMilliAmpHours[i];
        } else if (last < 0) {
          throw new ImportException(
              file,
              DATA + ", record " + (i + 1) + ": no record of " + RUN_INFO + " at or before it");
        } else {
          filled++;
          double dt = intervalSeconds[last];
          t = stepSeconds[last] + (i - last) * dt;
          signedMilliAmpHours += milliAmps[i] * dt / 3600;
          charge = Math.abs(chargeMilliAmpHours[last]) + Math.max(signedMilliAmpHours, 0);
          discharge = Math.abs(dischargeMilliAmpHours[last]) + Math.max(-signedMilliAmpHours, 0);
        }
        int step = stepNumber[last];
        if (step < 1 || step > steps) {
          throw new ImportException(
              file,
              RUN_INFO
                  + ", record "
                  + (last + 1)
                  + ": step "
                  + step
                  + " is not in "
                  + STEPS
                  + " ("
                  + steps
                  + " steps)");
        }
        records.add(
            i + 1,
            step,
            status[step - 1],
            t,
            volts[i],
            milliAmps[i],
            charge,
            discharge,
            celsius == null ? Double.NaN : celsius[i]);
      }
      if (filled > 0) {
        warnings.add(
            filled
                + " records without run information: time and counters continued from the"
                + " previous record (time by its interval, counters by I·dt)");
      }
      return records;
    }

    private ZipEntry require(ZipFile zip, String name) throws ImportException {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null) {
        throw new ImportException(
            file,
            DATA
                + " of layout "
                + version
                + " holds voltage and current only, and "
                + name
                + " is missing");
      }
      return entry;
    }
  }

  private static void requireType(NdcPages pages, int type, Path file) throws ImportException {
    if (pages.type() != type) {
      throw new ImportException(
          file,
          pages.entry() + ": table type " + pages.type() + " where type " + type + " is expected");
    }
  }

  /** Auxiliary tables in the order of the numbers in their names. */
  private static List<ZipEntry> auxTables(ZipFile zip) {
    List<ZipEntry> tables = new ArrayList<>();
    List<long[]> keys = new ArrayList<>();
    zip.stream()
        .forEach(
            e -> {
              Matcher m = AUX_TABLE.matcher(e.getName());
              if (m.matches()) {
                tables.add(e);
                keys.add(
                    m.group(4) != null
                        ? new long[] {Long.parseLong(m.group(4)), 0, 0}
                        : new long[] {
                          Long.parseLong(m.group(1)),
                          Long.parseLong(m.group(2)),
                          Long.parseLong(m.group(3))
                        });
              }
            });
    Integer[] order = new Integer[tables.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> keys.get(i), Arrays::compare));
    return Arrays.stream(order).map(tables::get).toList();
  }

  /** ChlType of each Aux entry of TestInfo.xml, in order. */
  private static List<String> auxChannels(@Nullable Element testInfo) {
    List<String> types = new ArrayList<>();
    if (testInfo != null) {
      NodeList children = testInfo.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element e && e.getTagName().startsWith("Aux")) {
          types.add(e.getAttribute("ChlType"));
        }
      }
    }
    return types;
  }

  /** Puts what TestInfo.xml and VersionInfo.xml say into the metadata; returns the channel. */
  private static @Nullable String describeTest(
      @Nullable Element testInfo,
      @Nullable Element versions,
      Map<String, String> extra,
      List<String> comments) {
    if (versions != null) {
      putIfPresent(extra, "server version", versions.getAttribute("SvrVer"));
      putIfPresent(extra, "client version", versions.getAttribute("CurrClientVer"));
    }
    if (testInfo == null) {
      return null;
    }
    Map<String, String> a = attributes(testInfo);
    putIfPresent(extra, "start time (instrument clock, no time zone)", a.get("StartTime"));
    putIfPresent(extra, "end time (instrument clock, no time zone)", a.get("EndTime"));
    putIfPresent(extra, "barcode", a.get("Barcode"));
    putIfPresent(extra, "step plan", a.get("StepName"));
    putIfPresent(extra, "test id", a.get("TestID"));
    String remark = a.get("Remark");
    if (remark != null && !remark.isBlank()) {
      comments.add(remark.strip());
    }
    String device = a.get("DevID");
    String unit = a.get("UnitID");
    String channel = a.get("ChlID");
    // BTSDA names a channel device-unit-channel, as in its file names
    return device != null && unit != null && channel != null
        ? device + "-" + unit + "-" + channel
        : null;
  }

  private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value.strip());
    }
  }

  private static Map<String, String> attributes(Element e) {
    Map<String, String> out = new LinkedHashMap<>();
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      out.put(a.getNodeName(), a.getNodeValue());
    }
    return out;
  }

  /**
   * The first element named {@code tag} of an XML entry, or null when the entry is absent or
   * unreadable (the XML only describes the test; a damaged one is reported, not fatal). Document
   * types are refused, so an entity cannot expand or reach outside the archive.
   */
  private static @Nullable Element xmlElement(
      ZipFile zip,
      String name,
      String tag,
      Path file,
      NdcPages.Budget budget,
      List<String> warnings)
      throws ImportException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      return null;
    }
    byte[] bytes;
    try (InputStream in = zip.getInputStream(entry)) {
      bytes = in.readNBytes(MAX_XML_BYTES + 1);
    } catch (IOException e) {
      throw new ImportException(file, name + ": cannot inflate: " + e.getMessage(), e);
    }
    budget.take(bytes.length, file, name);
    if (bytes.length > MAX_XML_BYTES) {
      warnings.add(name + " is larger than 1 MiB and was not read");
      return null;
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      NodeList nodes = builder.parse(new ByteArrayInputStream(bytes)).getElementsByTagName(tag);
      return nodes.getLength() > 0 ? (Element) nodes.item(0) : null;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      warnings.add(name + " could not be read: " + e.getMessage());
      return null;
    }
  }
}
