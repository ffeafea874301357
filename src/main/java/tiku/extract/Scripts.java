package tiku.extract;

import tiku.read.Chars;

/** Which script a stretch of text is mostly written in. */
final class Scripts {
  private Scripts() {}

  /** True when Latin letters outweigh Han characters (a Han character counts as a four-letter word). */
  static boolean mostlyLatin(String t) {
    long han = 0;
    long latin = 0;
    // over a char array, ASCII decided inline (no ASCII character is Han; its letters are A-Z, a-z)
    for (char c : t.toCharArray()) {
      if (c < 0x80) {
        int lower = c | 0x20;
        if (lower >= 'a' && lower <= 'z') {
          latin++;
        }
      } else if (Chars.isHan(c)) {
        han++;
      } else if (c < 0x250 && Character.isLetter(c)) {
        latin++;
      }
    }
    return han * 4 < latin;
  }
}
