package tiku.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tiku.io.InputException;

/**
 * Turns a text file's bytes into text: a byte-order mark first, then strict UTF-8, then Big5 read
 * as CP950 ({@code x-windows-950}, which has the characters plain Big5 lacks), then ICU's charset
 * detector. Nothing is ever decoded with replacement characters: a file that no encoding decodes
 * cleanly is refused, naming the first bad byte.
 */
public final class TextDecoder {
  /** Taiwanese "Big5" files are really CP950. */
  public static final Charset CP950 = Charset.forName("x-windows-950");

  private static final int ICU_MIN_CONFIDENCE = 50;

  private TextDecoder() {}

  /** A decoded text and the charset it was decoded with. */
  public record Decoded(String text, Charset charset) {}

  /**
   * Decodes {@code bytes}; {@code forced} (nullable) skips detection.
   *
   * @throws InputException when the bytes are not text in any encoding tried
   */
  /**
   * "UTF-16LE" or "UTF-16BE" when the bytes read cleanly as that encoding into ordinary text
   * (Latin, CJK and their punctuation, at least nine characters in ten); else null.
   */
  static String utf16WithoutBom(byte[] bytes) {
    if (bytes.length < 4 || bytes.length % 2 != 0) {
      return null;
    }
    String best = null;
    double bestScore = 0.9;
    for (String name : new String[] {"UTF-16LE", "UTF-16BE"}) {
      String text = strict(bytes, Charset.forName(name), 0);
      if (text == null || text.isEmpty()) {
        continue;
      }
      long ordinary = text.chars().filter(TextDecoder::ordinary).count();
      double score = (double) ordinary / text.length();
      if (score > bestScore) {
        bestScore = score;
        best = name;
      }
    }
    return best;
  }

  private static boolean ordinary(int c) {
    return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF);
  }

  public static Decoded decode(Path file, byte[] bytes, Charset forced) {
    refuseKnownBinary(file, bytes);
    if (forced != null) {
      return strictOrFail(file, bytes, forced, 0);
    }
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      return strictOrFail(file, bytes, bom, bomLength(bytes));
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      String utf16 = utf16WithoutBom(bytes);
      throw new InputException(
          file,
          place(bytes, nul),
          utf16 != null
              ? "is not text as saved (NUL bytes); it looks like " + utf16 + " without a byte-order mark: pass --encoding " + utf16
              : "is not text (contains a NUL byte); a binary file?");
    }
    int bad = firstInvalidUtf8(bytes);
    if (bad < 0) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    String big5 = strict(bytes, CP950, 0);
    if (big5 != null && looksLikeText(big5)) {
      return new Decoded(big5, CP950);
    }
    if (!hasValidUtf8Sequences(bytes)) {
      Decoded detected = IcuDetection.detect(bytes, ICU_MIN_CONFIDENCE);
      if (detected != null && looksLikeText(detected.text())) {
        return detected;
      }
    }
    throw new InputException(
        file,
        place(bytes, bad),
        "not valid UTF-8 (bad byte 0x"
            + String.format("%02X", bytes[bad] & 0xFF)
            + " at offset "
            + bad
            + ") and not Big5/CP950 either; pass --encoding to force one");
  }

  private static void refuseKnownBinary(Path file, byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      throw new InputException(file, null, "is a PDF file; Tiku reads text (.txt) and .docx");
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      throw new InputException(
          file, null, "is a ZIP archive (a .docx?) that no reader here accepts; save it as text");
    }
  }

  private static boolean startsWith(byte[] b, int... head) {
    if (b.length < head.length) {
      return false;
    }
    for (int i = 0; i < head.length; i++) {
      if ((b[i] & 0xFF) != head[i]) {
        return false;
      }
    }
    return true;
  }

  static Charset bomCharset(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(b, 0xFF, 0xFE, 0, 0)) {
      return Charset.forName("UTF-32LE");
    }
    if (startsWith(b, 0, 0, 0xFE, 0xFF)) {
      return Charset.forName("UTF-32BE");
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    if (startsWith(b, 0xFF, 0xFE, 0, 0) || startsWith(b, 0, 0, 0xFE, 0xFF)) {
      return 4;
    }
    return 2;
  }

  private static Decoded strictOrFail(Path file, byte[] bytes, Charset charset, int skip) {
    CharsetDecoder decoder = strictDecoder(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) bytes.length * 2 + 16));
    var result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      throw new InputException(
          file,
          place(bytes, at),
          "not valid " + charset.name() + " (bad bytes at offset " + at + ")");
    }
    out.flip();
    String text = out.toString();
    if (text.indexOf('\0') >= 0) {
      throw new InputException(file, null, "is not text in " + charset.name() + " (NUL characters)");
    }
    return new Decoded(text, charset);
  }

  /** The text, or null when the bytes are not valid in the charset. */
  static String strict(byte[] bytes, Charset charset, int skip) {
    try {
      return strictDecoder(charset)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
  static int firstInvalidUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int len = utf8SequenceLength(b, i);
      if (len <= 0) {
        return i;
      }
      i += len;
    }
    return -1;
  }

  /** Length of the valid UTF-8 sequence at i, or 0 when none starts there. */
  private static int utf8SequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int len;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + len > b.length) {
      return 0;
    }
    int cp = c & (0x7F >> len);
    for (int k = 1; k < len; k++) {
      int cc = b[i + k] & 0xFF;
      if ((cc & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return 0;
    }
    return len;
  }

  /** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
  private static boolean hasValidUtf8Sequences(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if ((b[i] & 0xFF) >= 0xC2 && utf8SequenceLength(b, i) > 1) {
        return true;
      }
    }
    return false;
  }

  /** Few control characters: text, not a binary decoded by accident. */
  static boolean looksLikeText(String s) {
    int control = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      } else if (c >= 0x7F && c < 0xA0) {
        control++;
      }
    }
    return control * 100L <= s.length();
  }

  private static int indexOf(byte[] b, byte v) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /** "line N" for a byte offset, counting LF bytes (valid in every encoding tried here). */
  static String place(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return "line " + line;
  }
}
