package tiku.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tiku.io.InputException;
import tiku.model.Document;

/** Picks the reader for a source file (PTT post, plain text, .docx) and reads it. */
public final class Readers {
  /** Larger files are refused: no teaching document is this long, and it guards memory. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  /**
   * Readers in the order they are asked; the text reader accepts everything else, so it comes
   * last. A .docx reader goes before it.
   */
  private static final List<SourceReader> READERS = List.of(new DocxReader(), new TextReader());

  private Readers() {}

  public static Document read(Path file, ReadOptions options) throws IOException {
    return read(file, load(file), options);
  }

  /** Reads bytes already in memory; {@code file} names them in errors and picks the reader. */
  public static Document read(Path file, byte[] bytes, ReadOptions options) {
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    for (SourceReader reader : READERS) {
      if (reader.accepts(file, bytes)) {
        return reader.read(file, bytes, opts);
      }
    }
    throw new InputException(file, null, "no reader for this kind of file");
  }

  /** The file's bytes, or a one-line error for a missing, unreadable, empty or huge file. */
  public static byte[] load(Path file) throws IOException {
    if (file == null) {
      throw new InputException(null, null, "no document given");
    }
    if (!Files.exists(file)) {
      throw new InputException(file, null, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file, null, "is a directory, not a document");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, null, "is not a regular file");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new InputException(file, null, "cannot be read: " + e.getMessage(), e);
    }
    if (size > MAX_BYTES) {
      throw new InputException(
          file, null, "is " + size / (1024 * 1024) + " MB; documents over 20 MB are refused");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new InputException(file, null, "cannot be read: permission denied", e);
    } catch (NoSuchFileException e) {
      throw new InputException(file, null, "no such file", e);
    } catch (IOException e) {
      throw new InputException(file, null, "cannot be read: " + e.getMessage(), e);
    }
    if (bytes.length == 0) {
      throw new InputException(file, null, "is empty");
    }
    return bytes;
  }
}
