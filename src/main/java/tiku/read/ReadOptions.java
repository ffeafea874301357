package tiku.read;

import java.nio.charset.Charset;

/**
 * How to read a source.
 *
 * @param encoding forces a text encoding; null detects it
 */
public record ReadOptions(Charset encoding) {
  public static ReadOptions defaults() {
    return new ReadOptions(null);
  }

  /** Options that force the given encoding. */
  public ReadOptions withEncoding(Charset charset) {
    return new ReadOptions(charset);
  }
}
