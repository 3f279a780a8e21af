package org.cellbook.measurements;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a measurement keeps as a picture, told by their first bytes: microscopes and
 * cameras name files "IMG_0042", "sample.tif.bak" or nothing useful, so the name proves nothing.
 */
public enum ImageFormat {
  PNG("PNG", "image/png", true, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("JPEG", "image/jpeg", true, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
  GIF("GIF", "image/gif", true, new byte[] {'G', 'I', 'F', '8'}),
  TIFF_LITTLE_ENDIAN("TIFF", "image/tiff", false, new byte[] {'I', 'I', 42, 0}),
  TIFF_BIG_ENDIAN("TIFF", "image/tiff", false, new byte[] {'M', 'M', 0, 42});

  /** Bytes enough to tell every format. */
  static final int HEAD_BYTES = 8;

  private final String label;
  private final String mediaType;
  private final boolean previewable;
  private final byte[] magic;

  ImageFormat(String label, String mediaType, boolean previewable, byte[] magic) {
    this.label = label;
    this.mediaType = mediaType;
    this.previewable = previewable;
    this.magic = magic;
  }

  /** "PNG image". */
  public String label() {
    return label + " image";
  }

  public String mediaType() {
    return mediaType;
  }

  /** True when every browser draws it (TIFF is downloaded instead). */
  public boolean previewable() {
    return previewable;
  }

  /** The format whose signature the bytes start with. */
  public static Optional<ImageFormat> of(byte[] head) {
    return Arrays.stream(values())
        .filter(
            f ->
                head.length >= f.magic.length
                    && Arrays.equals(head, 0, f.magic.length, f.magic, 0, f.magic.length))
        .findFirst();
  }

  /** The format of a file by its first bytes; empty for anything else or an unreadable file. */
  public static Optional<ImageFormat> of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in.readNBytes(HEAD_BYTES));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
