package tiku.extract;

/**
 * Cheap checks that a text holds the digits a number or year pattern needs: the extractors run
 * those patterns on every clause, and most clauses have no year or number at all.
 */
final class Digits {
  private Digits() {}

  /** Whether the text has an ASCII digit. */
  static boolean any(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (isAscii(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has a run like a year from 1000 to 2999: 1 or 2, then three ASCII digits. */
  static boolean year(String t) {
    for (int i = 0; i + 3 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '1' || c == '2') && isAscii(t.charAt(i + 1)) && isAscii(t.charAt(i + 2)) && isAscii(t.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(char c) {
    return c >= '0' && c <= '9';
  }
}
