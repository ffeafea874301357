package tiku.generate;

/** Reads and writes small Chinese numerals (一 … 九十九, 兩), as quantities in Chinese text use them. */
final class ChineseNumber {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumber() {}

  /** The value of a numeral of 1–99, or -1. */
  static int parse(String s) {
    if (s == null || s.isEmpty() || s.length() > 3) {
      return -1;
    }
    String t = s.replace('兩', '二').replace('两', '二');
    int ten = t.indexOf('十');
    if (ten < 0) {
      return t.length() == 1 ? DIGITS.indexOf(t.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : digit(t.charAt(0));
    int ones = ten == t.length() - 1 ? 0 : digit(t.charAt(ten + 1));
    if (tens < 1 || ones < 0 || ten > 1) {
      return -1;
    }
    return tens * 10 + ones;
  }

  /** 1–99 as a Chinese numeral. */
  static String format(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("only 1–99: " + n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10));
    return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
  }

  private static int digit(char c) {
    return DIGITS.indexOf(c);
  }
}
