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
      char c = s.charAt(i);
      boolean stop = lang.isChinese() ? (c == '。' || c == '；') : ((c == '.' || c == ';') && i + 1 < s.length() && s.charAt(i + 1) == ' ');
      if (stop) {
        end = i;
        break;
      }
    }
    if (end > max) {
      int cut = -1;
      for (int i = Math.min(max, end) - 1; i >= max / 3; i--) {
        char c = s.charAt(i);
        if (c == '，' || c == ',' || c == '；' || c == ';' || c == '、' && lang.isChinese() && i > max * 2 / 3) {
          cut = i;
          break;
        }
      }
      if (cut < 0 && !lang.isChinese()) {
        cut = s.lastIndexOf(' ', max);
      }
      end = cut > 0 ? cut : max;
    }
    String text = s.substring(0, end).strip();
    return new Excerpt(text, end < s.length(), lang);
  }

  String shown() {
    if (!cut) {
      return text;
    }
    return text + (lang.isChinese() ? "……" : "…");
  }
}
