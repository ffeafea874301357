package tiku.render.lms;

/**
 * Makes text safe to carry in XML 1.0: characters the format forbids (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD, so the place stays visible instead of the file
 * becoming unreadable. Tab and line feed are kept; a carriage return becomes a line feed, as
 * every XML parser would read it anyway.
 */
public final class XmlChars {
  private XmlChars() {}

  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    String s = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (sb != null) {
            sb.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (!ok && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(ok ? c : '\uFFFD');
      }
    }
    return sb == null ? s : sb.toString();
  }
}
