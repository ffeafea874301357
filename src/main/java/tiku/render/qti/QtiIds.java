package tiku.render.qti;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tiku.model.Question;

/**
 * Identifiers for QTI packages: XML names (ASCII letters, digits, {@code _ . -}, not starting with
 * a digit) made from the questions' stable ids, unique within a package, and usable as file names.
 */
final class QtiIds {
  private QtiIds() {}

  /** One identifier per question, in order; the same ids give the same identifiers. */
  static List<String> forQuestions(List<Question> questions) {
    List<String> ids = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Question q : questions) {
      String base = name(q.id());
      String id = base;
      for (int n = 2; !used.add(id.toLowerCase(java.util.Locale.ROOT)); n++) {
        id = base + "_" + n;
      }
      ids.add(id);
    }
    return ids;
  }

  /** {@code text} as an XML name. */
  static String name(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : (text == null ? "" : text).toCharArray()) {
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
      sb.append(ok ? c : '_');
    }
    if (sb.length() == 0 || !(Character.isLetter(sb.charAt(0)) || sb.charAt(0) == '_')) {
      sb.insert(0, "Q_");
    }
    return sb.toString();
  }

  /** A stable identifier for the package of a deck: "tiku_" and 12 hex digits of its SHA-256. */
  static String forDeck(String deck) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(deck.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder("tiku_");
      for (int i = 0; i < 6; i++) {
        sb.append(String.format("%02x", h[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
