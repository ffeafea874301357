package tiku.render;

/**
 * Keeps text from being read as a spreadsheet formula (CSV injection): a value that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, as OWASP advises. Use it
 * where a cell will be opened by a spreadsheet program and the text is not otherwise marked as text.
 */
public final class CellText {
  private CellText() {}

  public static boolean looksLikeFormula(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  public static String neutralise(String s) {
    return looksLikeFormula(s) ? "'" + s : s;
  }
}
