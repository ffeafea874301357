package tiku.read;

import java.util.LinkedHashMap;
import tiku.model.Document;

/** Reads plain text: a joint statement, a news report, any structured or prose document. */
public final class PlainTextReader {
  private PlainTextReader() {}

  /** Parses a decoded text whose text is {@code index.source()}. */
  public static Document read(LineIndex index) {
    return StructureParser.parse(index, index.lines(), null, new LinkedHashMap<>());
  }

  /**
   * Parses text that another reader extracted (a .docx reader: one paragraph per line, no hard
   * wrapping); spans point into {@code text}.
   */
  public static Document read(String text) {
    return read(new LineIndex(TextReader.normalise(text)));
  }
}
