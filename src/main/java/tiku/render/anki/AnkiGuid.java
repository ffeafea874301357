package tiku.render.anki;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A note's GUID, derived only from the bank's deck key and the question's stable id (never from
 * its wording), so a corrected question updates the student's existing note on re-import and keeps
 * its review history. Encoded like Anki's own {@code guid64}: a 64-bit number in base 91.
 */
public final class AnkiGuid {
  // Anki's anki.utils base91 table: letters, digits, then printable ASCII minus quotes, backslash and separators
  private static final String TABLE =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

  private AnkiGuid() {}

  /** The GUID of the note made from a whole question. */
  public static String of(String deckKey, String questionId) {
    return encode(StableHash.of64("tiku-note", deckKey, questionId));
  }

  /** The GUID of the {@code index}-th note made from one question (one reversible note per pair). */
  public static String of(String deckKey, String questionId, int index) {
    return encode(StableHash.of64("tiku-note", deckKey, questionId, "#" + index));
  }

  static String encode(long value) {
    BigInteger n = new BigInteger(Long.toUnsignedString(value));
    BigInteger base = BigInteger.valueOf(TABLE.length());
    StringBuilder sb = new StringBuilder();
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(base);
      sb.append(TABLE.charAt(qr[1].intValue()));
      n = qr[0];
    }
    return sb.length() == 0 ? String.valueOf(TABLE.charAt(0)) : sb.reverse().toString();
  }

  /** SHA-256 of length-prefixed parts, cut to 64 bits: ids that never depend on map order or time. */
  static final class StableHash {
    private StableHash() {}

    static long of64(String... parts) {
      try {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String p : parts) {
          byte[] b = (p == null ? "" : p).getBytes(StandardCharsets.UTF_8);
          md.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length});
          md.update(b);
        }
        byte[] d = md.digest();
        long v = 0;
        for (int i = 0; i < 8; i++) {
          v = (v << 8) | (d[i] & 0xff);
        }
        return v;
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    /** A non-negative number below {@code bound}. */
    static long below(long bound, String... parts) {
      return Long.remainderUnsigned(of64(parts), bound);
    }
  }
}
