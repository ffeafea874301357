package tiku.read;

/** Writes a list counter the way a Word number format prints it (decimal, 一二三, A B C, i ii iii, …). */
final class NumberFormats {
  private static final String[] CN_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final String TIANGAN = "甲乙丙丁戊己庚辛壬癸";
  private static final String ZHI = "子丑寅卯辰巳午未申酉戌亥";

  private NumberFormats() {}

  static String format(int n, String numFmt) {
    return switch (numFmt) {
      case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
          "ideographDigital", "chineseLegalSimplified" -> chinese(n);
      case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(TIANGAN.charAt(n - 1)) : String.valueOf(n);
      case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf(ZHI.charAt(n - 1)) : String.valueOf(n);
      case "upperLetter" -> letters(n, 'A');
      case "lowerLetter" -> letters(n, 'a');
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
      case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
      default -> String.valueOf(n); // decimal and anything we do not know
    };
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 9999). */
  static String chinese(int n) {
    if (n <= 0 || n > 9999) {
      return String.valueOf(n);
    }
    if (n < 10) {
      return CN_DIGITS[n];
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : CN_DIGITS[n % 10]);
    }
    String[] units = {"", "十", "百", "千"};
    StringBuilder sb = new StringBuilder();
    String digits = String.valueOf(n);
    boolean zero = false;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      int unit = digits.length() - 1 - i;
      if (d == 0) {
        zero = true;
      } else {
        if (zero) {
          sb.append("零");
          zero = false;
        }
        sb.append(CN_DIGITS[d]).append(units[unit]);
      }
    }
    return sb.toString();
  }

  /** 1 → A, 26 → Z, 27 → AA (Word repeats the letter). */
  private static String letters(int n, char a) {
    if (n <= 0) {
      return String.valueOf(n);
    }
    char c = (char) (a + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return String.valueOf(n);
    }
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      while (n >= v[i]) {
        sb.append(s[i]);
        n -= v[i];
      }
    }
    return sb.toString();
  }

  private static String fullWidth(String ascii) {
    StringBuilder sb = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      sb.append((char) (c - '0' + '０'));
    }
    return sb.toString();
  }
}
