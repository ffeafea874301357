package tiku.read;

import tiku.model.Language;

/**
 * Tells Traditional Chinese, Simplified Chinese and English apart by character frequencies: Han
 * characters against Latin letters, then characters that exist only in one Chinese script.
 */
public final class LanguageDetector {
  /** Frequent characters as Traditional/Simplified pairs (each pair: traditional then simplified). */
  private static final String PAIRS =
      "這这國国會会個个為为與与關关對对發发們们來来時时說说經经開开進进動动實实體体華华業业東东"
          + "車车長长門门問问間间學学從从現现當当還还後后點点樣样種种頭头議议區区義义產产場场應应"
          + "電电話话記记認认見见讓让於于將将總总務务軍军書书報报導导條条設设機机權权變变歷历際际"
          + "陸陆濟济雙双邊边協协織织強强係系衛卫護护組组貿贸級级領领導导資资環环態态續续類类術术"
          + "參参統统區区團团擊击爭争據据頁页傳传達达億亿萬万歲岁盟盟";

  private static final int[] TRAD = new int[0x10000];

  static {
    for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
      char t = PAIRS.charAt(i);
      char s = PAIRS.charAt(i + 1);
      if (t != s) {
        TRAD[t] = 1;
        TRAD[s] = -1;
      }
    }
  }

  private LanguageDetector() {}

  public static Language detect(String text) {
    long han = 0;
    long latin = 0;
    long trad = 0;
    long simp = 0;
    // over a char array, ASCII decided inline (no ASCII character is Han; its letters are A-Z, a-z)
    for (char c : text.toCharArray()) {
      if (c < 0x80) {
        int lower = c | 0x20;
        if (lower >= 'a' && lower <= 'z') {
          latin++;
        }
      } else if (Chars.isHan(c)) {
        han++;
        int v = TRAD[c];
        if (v > 0) {
          trad++;
        } else if (v < 0) {
          simp++;
        }
      } else if (c < 0x250 && Character.isLetter(c)) {
        latin++;
      }
    }
    // a Han character carries about as much as a four-letter word
    if (han == 0 || han * 4 < latin) {
      return Language.EN;
    }
    return simp > trad ? Language.ZH_HANS : Language.ZH_HANT;
  }
}
