package tiku.read;

/** Values of Chinese and Roman numerals as documents print them in headings. */
final class Numerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private Numerals() {}

  /** The value of a Chinese numeral up to 9999 ("十一" = 11, "二十" = 20, "一百零五" = 105), or 0. */
  static int chinese(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    if (s.chars().allMatch(Character::isDigit)) {
      return s.length() > 6 ? 0 : Integer.parseInt(s);
    }
    int total = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = c == '〇' ? 0 : c == '兩' || c == '两' ? 2 : DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (unit == 0) {
        return 0;
      }
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
    return total + Math.max(digit, 0);
  }

  /** The value of a Roman numeral (I–MMM), or 0. */
  static int roman(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = "IVXLCDM".indexOf(s.charAt(i));
      if (v < 0) {
        return 0;
      }
      int val = new int[] {1, 5, 10, 50, 100, 500, 1000}[v];
      total += val < prev ? -val : val;
      prev = Math.max(prev, val);
    }
    return total;
  }
}
