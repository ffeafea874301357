package tiku.read;

import java.nio.file.Path;
import tiku.model.Document;

/**
 * Reads one kind of source file (text, .docx, …) into a {@link Document}.
 *
 * <p>{@link Readers} asks each reader in turn whether it {@link #accepts} a file (by extension or
 * by its first bytes) and hands the file to the first that does.
 */
public interface SourceReader {
  /** True when this reader reads the file, judged by its name and content. */
  boolean accepts(Path file, byte[] bytes);

  /**
   * Reads the file.
   *
   * @throws tiku.io.InputException when the file is not what this reader reads or is damaged
   */
  Document read(Path file, byte[] bytes, ReadOptions options);
}
