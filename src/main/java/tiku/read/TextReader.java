package tiku.read;

import java.nio.file.Path;
import tiku.io.InputException;
import tiku.model.Document;

/** Reads a text file: decodes it, then reads it as a PTT post or as plain text. */
public final class TextReader implements SourceReader {
  @Override
  public boolean accepts(Path file, byte[] bytes) {
    return true; // the last resort: the decoder refuses what is not text
  }

  @Override
  public Document read(Path file, byte[] bytes, ReadOptions options) {
    TextDecoder.Decoded decoded = TextDecoder.decode(file, bytes, options.encoding());
    String text = normalise(decoded.text());
    if (Chars.isBlank(text)) {
      throw new InputException(file, null, "has no text (only white space)");
    }
    LineIndex index = new LineIndex(text);
    Document doc = PttPostReader.looksLike(text) ? PttPostReader.read(index) : PlainTextReader.read(index);
    if (doc.content().isBlank()) {
      throw new InputException(file, null, "has no readable content (only headers, links or symbols)");
    }
    var meta = new java.util.LinkedHashMap<>(doc.metadata());
    meta.put("encoding", decoded.charset().name());
    return new Document(
        doc.title(), doc.language(), meta, doc.source(), doc.content(), doc.sections(), doc.clauses(),
        doc.paragraphs());
  }

  /** Drops a byte-order mark and turns CRLF and CR line ends into LF; spans point into the result. */
  static String normalise(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.indexOf('\r') < 0) {
      return t;
    }
    return t.replace("\r\n", "\n").replace('\r', '\n');
  }
}
