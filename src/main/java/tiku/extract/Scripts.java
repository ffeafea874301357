package tiku.extract;

import tiku.read.Chars;

/** Which script a stretch of text is mostly written in. */
final class Scripts {
  private Scripts() {}

  /** True when Latin letters outweigh Han characters (a Han character counts as a four-letter word). */
  static boolean mostlyLatin(String t) {
    long han = 0;
    long latin = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Chars.isHan(c)) {
        han++;
      } else if (c < 0x250 && Character.isLetter(c)) {
        latin++;
      }
    }
    return han * 4 < latin;
  }
}
