package org.cellbook.analysis.testdata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks built to exhaust a reader's memory, generated in the test (a 1.5 GB string is no file
 * to keep in a repository): a complete .xlsx whose one cell refers to a shared string of a chosen
 * size, such as a 1.5 MB .xlsx holding one 1.5 GB string.
 */
public final class HostileFiles {

  private HostileFiles() {}

  /** A workbook whose shared string is {@code length} bytes of 'A': a zip bomb. */
  public static Path hugeSharedString(Path file, long length) throws IOException {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'A');
    return workbook(
        file,
        out -> {
          for (long left = length; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
          }
        });
  }

  /** A workbook whose shared string is {@code length} random letters: it barely compresses. */
  public static Path longRandomString(Path file, int length, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] letters = new byte[length];
    for (int k = 0; k < length; k++) {
      letters[k] = (byte) ('a' + random.nextInt(26));
    }
    return workbook(file, out -> out.write(letters));
  }

  private interface Text {
    void writeTo(OutputStream out) throws IOException;
  }

  private static Path workbook(Path file, Text sharedString) throws IOException {
    try (ZipOutputStream zip =
        new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      zip.setLevel(Deflater.BEST_SPEED);
      part(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/xl/workbook.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
              + " PartName=\"/xl/worksheets/sheet1.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override"
              + " PartName=\"/xl/sharedStrings.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
      part(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>");
      part(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet"
              + " name=\"Record\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      part(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
              + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""
              + " Target=\"sharedStrings.xml\"/></Relationships>");
      part(
          zip,
          "xl/worksheets/sheet1.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row"
              + " r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
                  + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                  + " count=\"1\" uniqueCount=\"1\"><si><t>")
              .getBytes(StandardCharsets.US_ASCII));
      sharedString.writeTo(zip);
      zip.write("</t></si></sst>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return file;
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
