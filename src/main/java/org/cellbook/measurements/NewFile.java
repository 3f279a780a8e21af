package org.cellbook.measurements;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A file being uploaded: a display name made from what the user's computer called it, and its
 * bytes. The name is only a label — the bytes are stored under their SHA-256 and the format is
 * detected from the content — so a name that names no file ({@code /}, {@code ..}, empty) is not
 * refused but called "upload" (decision 0015).
 *
 * @param name the display name, already reduced by {@link #displayName}
 */
public record NewFile(String name, Opener content) {

  /** Longest display name, in characters; the extension is kept when a name is shortened. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The analysis copies a file under its name: stay within a file name's 255 bytes. */
  private static final int MAX_NAME_BYTES = 255;

  /** Longer "extensions" are part of the name (a sentence with a full stop in it). */
  private static final int MAX_EXTENSION_LENGTH = 16;

  public NewFile {
    name = displayName(name);
  }

  /** Opens the bytes; called once. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * The last path segment of {@code raw} (after {@code /} or {@code \}), without control or
   * invisible formatting characters (NUL, line breaks, right-to-left overrides), trimmed, and
   * shortened to {@value #MAX_NAME_LENGTH} characters keeping the extension; "upload" (with the
   * extension, if any) when nothing is left or only dots are.
   */
  public static String displayName(@Nullable String raw) {
    String s = raw == null ? "" : raw;
    s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    s =
        s.codePoints()
            .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .strip();
    if (s.chars().allMatch(c -> c == '.')) {
      s = "";
    }
    int dot = s.lastIndexOf('.');
    boolean hasExtension = dot > 0 && s.codePointCount(dot, s.length()) <= MAX_EXTENSION_LENGTH;
    String extension = hasExtension ? s.substring(dot) : "";
    String stem = (hasExtension ? s.substring(0, dot) : s).strip();
    if (stem.isEmpty()) {
      stem = "upload";
    }
    int room = MAX_NAME_LENGTH - extension.codePointCount(0, extension.length());
    if (stem.codePointCount(0, stem.length()) > room) {
      stem = stem.substring(0, stem.offsetByCodePoints(0, room));
    }
    while ((stem + extension).getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
    }
    return stem.strip() + extension;
  }
}
