package org.cellbook.analysis.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.IOUtils;

/**
 * What a file may make the readers allocate, so that a damaged or hostile file is refused with a
 * message instead of exhausting the heap. A 1.5 MB workbook can hold one 1.5 GB shared string;
 * fastexcel-reader has no limits of its own (it keeps every shared string and every cell text it
 * reads whole), so {@link #checkArchive} inflates each XML part of a zip once, counting, before any
 * reader opens it: POI's {@link ZipSecureFile} refuses parts that inflate more than 100-fold or
 * beyond {@link #MAX_ENTRY_BYTES}, and the scan refuses a text or tag longer than {@link
 * #MAX_TEXT_BYTES} and shared strings beyond {@link #MAX_SHARED_STRINGS_BYTES}. The same limits are
 * set as POI's own for the workbooks POI opens, and no single POI array may exceed {@link
 * #MAX_ARRAY_BYTES}. Binary readers check lengths read from a file with {@link #declared}.
 */
public final class ReadLimits {

  /** A zip part inflating to more than 100 times its compressed size is a bomb (POI's default). */
  public static final double MIN_INFLATE_RATIO = 0.01;

  /**
   * Largest inflated zip part, 4 GiB − 1 (POI's default; larger needs Zip64): a sheet of 10⁶ rows
   * is a few hundred MB.
   */
  public static final long MAX_ENTRY_BYTES = 0xFFFF_FFFFL;

  /** Longest text between two tags (one cell, one shared string) or tag: 10 MiB. */
  public static final long MAX_TEXT_BYTES = 10L << 20;

  /** fastexcel keeps the shared strings it reads in memory. */
  public static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;

  /** Largest array POI may allocate for one record or stream (POIFS reads a .xls whole). */
  public static final int MAX_ARRAY_BYTES = 256 << 20;

  private ReadLimits() {}

  /**
   * POI's limits are global to the JVM and set once, when POI is first needed: a text file never
   * loads POI (nor the logging it starts), which keeps {@code analyze FILE.csv} quick to start.
   */
  private static final class PoiLimits {
    static {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
      ZipSecureFile.setMaxTextSize(MAX_TEXT_BYTES);
      IOUtils.setByteArrayMaxOverride(MAX_ARRAY_BYTES);
    }

    static void apply() {
      // the static initializer has run
    }
  }

  /**
   * Opens a workbook with POI (BIFF .xls, or an .xlsx read whole), read-only and under these
   * limits; every POI workbook is opened here.
   */
  public static Workbook openWithPoi(Path file) throws IOException {
    PoiLimits.apply();
    return WorkbookFactory.create(file.toFile(), null, true);
  }

  /**
   * Refuses a zip (xlsx, brml, ndax) whose XML parts would inflate beyond the limits; other files
   * pass untouched. Binary parts are left to their reader (ndax tables have their own budget).
   *
   * @throws ImportException "file is damaged or a zip bomb: …", naming the part
   */
  public static void checkArchive(Path file) throws ImportException {
    if (!isZip(file)) {
      return;
    }
    PoiLimits.apply();
    try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
      for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
        ZipArchiveEntry entry = e.nextElement();
        if (isXml(entry.getName())) {
          scan(file, zip, entry);
        }
      }
    } catch (IOException e) {
      // a zip that cannot be listed is left to the format's reader, which names what is wrong
    }
  }

  /**
   * A length or count read from a file, checked before anything is allocated from it.
   *
   * @param what what the field counts, as the user reads it ("records", "bytes of the data module")
   * @param max the most the rest of the file can hold
   * @return the length
   * @throws ImportException "file is damaged: declared … exceeds …"
   */
  public static int declared(Path file, String what, long declared, long max)
      throws ImportException {
    if (declared < 0 || declared > max || declared > Integer.MAX_VALUE - 8) {
      throw new ImportException(
          file,
          "file is damaged: declared "
              + what
              + " "
              + declared
              + " exceeds the "
              + max
              + " the file can hold");
    }
    return (int) declared;
  }

  /**
   * Stops a reader whose thread was interrupted (its job was cancelled or ran out of time): checked
   * every 65,536 records, so a long import ends within milliseconds.
   *
   * @throws CancellationException when interrupted; the flag stays set
   */
  static void stopIfInterrupted(long records) {
    if ((records & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
      throw new CancellationException("stopped after " + records + " records");
    }
  }

  private static void scan(Path file, ZipSecureFile zip, ZipArchiveEntry entry)
      throws ImportException {
    String name = entry.getName();
    boolean sharedStrings = name.toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml");
    long inflated = 0;
    long run = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        inflated += n;
        if (sharedStrings && inflated > MAX_SHARED_STRINGS_BYTES) {
          throw bomb(file, name, "its shared strings exceed " + mib(MAX_SHARED_STRINGS_BYTES));
        }
        for (int k = 0; k < n; k++) {
          byte b = buffer[k];
          run = b == '<' || b == '>' ? 0 : run + 1;
        }
        if (run > MAX_TEXT_BYTES) {
          throw bomb(file, name, "it holds a text longer than " + mib(MAX_TEXT_BYTES));
        }
        stopIfInterrupted(0);
      }
    } catch (IOException e) {
      if (!String.valueOf(e.getMessage()).contains("Zip bomb")) {
        return; // damaged rather than hostile: the format's reader says what is wrong
      }
      throw bomb(
          file,
          name,
          inflated >= MAX_ENTRY_BYTES - buffer.length
              ? "it inflates beyond " + mib(MAX_ENTRY_BYTES)
              // POI measures the ratio as it reads: say the part's size, not a partial count.
              : "it inflates more than "
                  + Math.round(1 / MIN_INFLATE_RATIO)
                  + "-fold (a part of "
                  + entry.getCompressedSize()
                  + " compressed bytes)");
    }
  }

  private static ImportException bomb(Path file, String part, String why) {
    return new ImportException(
        file,
        "file is damaged or a zip bomb: part '"
            + part
            + "' is refused because "
            + why
            + "; re-export it from the instrument software");
  }

  private static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  private static boolean isXml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
  }

  private static boolean isZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }
}
