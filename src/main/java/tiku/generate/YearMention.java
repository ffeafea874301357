package tiku.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.extract.StartScan;
import tiku.model.Language;

/**
 * A year a passage states as a fact ("自1973年建交", "by 2050"), not one inside a title
 * (《2025年科學技術與創新合作備忘錄》), a range ("2022-2026年") or a name ("2030 Agenda").
 *
 * @param start offset of the year's digits in the passage text
 */
record YearMention(int year, Passage passage, int start) {
  // (?=[12]): a year starts with 1 or 2, so other positions fail on one character
  private static final Pattern ZH = Pattern.compile("(?=[12])(?<![0-9０-９\\-–/.])(1[5-9]|20)[0-9]{2}(?=年)(?!年代)");
  private static final Pattern EN = Pattern.compile("(?=[12])(?<![0-9\\-–/.$£])\\b(1[5-9]|20)[0-9]{2}\\b(?![0-9/\\-–%]|\\s+[A-Z][a-z])");

  static final StartScan ZH_AT = StartScan.startingWith(ZH, "12");
  static final StartScan EN_AT = StartScan.startingWith(EN, "12");

  int end() {
    return start + 4;
  }

  String digits() {
    return String.valueOf(year);
  }

  static List<YearMention> in(Passage p, Language lang) {
    List<YearMention> out = new ArrayList<>();
    StartScan.Cursor m = (lang.isChinese() ? ZH_AT : EN_AT).in(p.text());
    while (m.find()) {
      if (!insideBrackets(p.text(), m.start())) {
        out.add(new YearMention(Integer.parseInt(m.group()), p, m.start()));
      }
    }
    return out;
  }

  static List<YearMention> all(List<Passage> passages, Language lang) {
    List<YearMention> out = new ArrayList<>();
    passages.forEach(p -> out.addAll(in(p, lang)));
    return out;
  }

  /** Inside 《…》, 「…」 or “…”: part of a title or a quoted name. */
  static boolean insideBrackets(String text, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '《' || c == '「' || c == '『' || c == '“') {
        depth++;
      } else if ((c == '》' || c == '」' || c == '』' || c == '”') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }
}
