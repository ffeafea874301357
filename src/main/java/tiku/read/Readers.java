package tiku.read;

import java.io.IOException;
import java.nio.file.Path;
import tiku.model.Document;

/** Picks the reader for a source file (PTT post, plain text, .docx) and reads it. */
public final class Readers {
  private Readers() {}

  public static Document read(Path file, ReadOptions options) throws IOException {
    throw new UnsupportedOperationException("reading is not built yet");
  }
}
