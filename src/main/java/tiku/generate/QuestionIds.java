package tiku.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids: {@code q-} and the first 12 hex digits of SHA-256 over the family and the identity of
 * the key fact, so wording changes and reordering elsewhere in the document keep every other id.
 */
final class QuestionIds {
  private QuestionIds() {}

  static String id(String family, String identity) {
    return "q-" + HexFormat.of().formatHex(sha256(family + "\u0000" + identity)).substring(0, 12);
  }

  /** A deterministic seed for option order and type choice, from the same identity. */
  static long seed(String family, String identity) {
    byte[] h = sha256("seed\u0000" + family + "\u0000" + identity);
    long s = 0;
    for (int i = 0; i < 8; i++) {
      s = (s << 8) | (h[i] & 0xff);
    }
    return s;
  }

  /** One digest per thread: looking SHA-256 up in the security providers for every id was a hot spot. */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
          });

  private static byte[] sha256(String s) {
    return SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
  }
}
