package tiku.io;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Turns text from a document into a file or deck name that is safe on every system. */
public final class SafeNames {
  private static final Set<String> WINDOWS_RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
          "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
  private static final int MAX_LENGTH = 80;

  private SafeNames() {}

  /**
   * A file-name-safe slug: letters (any script), digits and single dashes; no "..", no path
   * separators, no control characters, no reserved Windows device names. Never empty.
   */
  public static String slug(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(Character.toLowerCase(cp));
        dash = false;
      } else if (!dash && sb.length() > 0) {
        sb.append('-');
        dash = true;
      }
      if (sb.length() >= MAX_LENGTH) {
        break;
      }
    }
    String out = sb.toString().replaceAll("-+$", "");
    if (out.isEmpty()) {
      out = "deck";
    }
    String base = out.contains(".") ? out.substring(0, out.indexOf('.')) : out;
    if (WINDOWS_RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
      out = "_" + out;
    }
    return out;
  }
}
