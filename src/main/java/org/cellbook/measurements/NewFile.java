package org.cellbook.measurements;

import java.io.IOException;
import java.io.InputStream;

/** A file being uploaded: its name as the user's computer called it and its bytes. */
public record NewFile(String name, Opener content) {

  /** Opens the bytes; called once. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }
}
