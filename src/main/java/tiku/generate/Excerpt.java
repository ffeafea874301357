package tiku.generate;

import tiku.model.Language;

/**
 * The opening of a passage, short enough to quote in a stem: its first sentence, cut back to a comma
 * when long. {@link #text} is an exact substring of the passage; {@link #shown} adds an ellipsis when
 * the passage goes on.
 */
record Excerpt(String text, boolean cut, Language lang) {
  static Excerpt of(String passage, int max, Language lang) {
    String s = passage.strip();
    int end = s.length();
    for (int i = 0; i < s.length(); i++) {
      boolean stop = lang.isChinese() ? (s.charAt(i) == '。' || s.charAt(i) == '；') : Fragment.sentenceEnd(s, i, lang);
      if (stop) {
        end = i;
        break;
      }
    }
    if (end > max) {
      // the last comma-like break before the limit that is not inside brackets or quotes; failing
      // that, the first one after it (up to twice the limit); never in the middle of a word or name
      int cut = -1;
      for (int i = Math.min(max, end) - 1; i >= max / 3; i--) {
        if (isBreak(s.charAt(i)) && !YearMention.insideBrackets(s, i)) {
          cut = i;
          break;
        }
      }
      for (int i = max; cut < 0 && i < Math.min(end, 2 * max); i++) {
        if (isBreak(s.charAt(i)) && !YearMention.insideBrackets(s, i)) {
          cut = i;
        }
      }
      if (cut < 0 && !lang.isChinese()) {
        cut = s.lastIndexOf(' ', max);
      }
      if (cut > 0) {
        end = cut;
      }
    }
    String text = s.substring(0, end).strip();
    return new Excerpt(text, end < s.length(), lang);
  }

  private static boolean isBreak(char c) {
    return c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':';
  }

  String shown() {
    if (!cut) {
      return text;
    }
    return text + (lang.isChinese() ? "……" : "…");
  }
}
