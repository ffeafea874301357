package tiku.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds agreements and named documents: names in 《》 that end with a treaty word, names in 「」 or
 * quotes that a treaty word ends, and English capitalised names ending in Agreement, Treaty,
 * Charter, …; an acronym in brackets right after a name is kept with it. A title in 《》 without a
 * treaty word (a poem, a book) is not an agreement, nor is one that a word like 詩 or 書 announces.
 * {@link AgreementLinker} then ties the names that mean the same agreement.
 */
public final class AgreementExtractor {
  private static final int MAX_NAME = 60;
  private static final int MAX_QUOTED = 40;

  /** Words just before 《》 that say the title is a work of literature or art, not an agreement. */
  private static final List<String> WORK_CUES =
      List.of("詩", "诗", "書", "书", "歌", "曲", "著", "小說", "小说", "作品", "電影", "电影", "專輯", "专辑", "】", "詞", "词");


  /** One place a name is written. */
  record Mention(String name, String kind, String acronym, TextUnit unit, int offset) {}

  private AgreementExtractor() {}

  static List<Mention> mentions(List<TextUnit> units) {
    List<Mention> out = new ArrayList<>();
    for (TextUnit u : units) {
      bracketed(u, '《', '》', "book", MAX_NAME, out);
      bracketed(u, '「', '」', "quote", MAX_QUOTED, out);
      bracketed(u, '『', '』', "quote", MAX_QUOTED, out);
      bracketed(u, '“', '”', "quote", MAX_QUOTED, out);
      bracketed(u, '"', '"', "quote", MAX_QUOTED, out);
      english(u, out);
    }
    return out;
  }

  private static void bracketed(TextUnit u, char open, char close, String kind, int max, List<Mention> out) {
    String t = u.text();
    int i = t.indexOf(open);
    while (i >= 0) {
      int end = -1;
      for (int j = i + 1; j < t.length() && j <= i + max + 1; j++) {
        char c = t.charAt(j);
        if (c == close) {
          end = j;
          break;
        }
        if (c == open) {
          break;
        }
      }
      if (end < 0) {
        i = t.indexOf(open, i + 1);
        continue;
      }
      String name = t.substring(i + 1, end).trim();
      if (accept(name, kind, t, i)) {
        Acronyms.Bracket b = Acronyms.bracketAfter(t, end + 1);
        String acronym = b != null && Acronyms.isAcronym(b.content()) ? b.content() : null;
        out.add(new Mention(name, kind, acronym, u, i));
      }
      i = t.indexOf(open, end + 1);
    }
  }

  private static boolean accept(String name, String kind, String text, int at) {
    if (name.isEmpty() || hasSentencePunctuation(name)) {
      return false;
    }
    for (String cue : WORK_CUES) {
      int from = Math.max(0, at - 4);
      if (text.substring(from, at).contains(cue)) {
        return false;
      }
    }
    if (TreatyWords.chineseEnding(name) != null) {
      return true;
    }
    // an English name in quotes must end with its treaty word
    String en = TreatyWords.englishEnding(name);
    return en != null && name.endsWith(en) && name.indexOf(' ') > 0 && Character.isUpperCase(name.charAt(0));
  }

  private static boolean hasSentencePunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("，。；！？,;!?：:".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "the Paris Agreement", "a new Atlantic Charter", "Memorandum of Understanding on …". */
  private static void english(TextUnit u, List<Mention> out) {
    String t = u.text();
    if (!u.mostlyLatin()) {
      return;
    }
    StartScan.Cursor m = TreatyWords.ENGLISH_AT.in(t);
    int consumed = 0;
    while (m.find()) {
      if (m.start() < consumed) {
        continue;
      }
      int start = CapitalisedRun.walkBack(t, m.start());
      int end = CapitalisedRun.walkForward(t, m.end());
      if (start < 0 && end > m.end()) {
        start = m.start(); // "the Treaty on the Non-Proliferation of …" begins with its treaty word
      }
      if (start < 0) {
        continue;
      }
      String name = t.substring(start, end);
      if (name.split(" ").length > CapitalisedRun.MAX_WORDS || insideChineseBrackets(t, start)) {
        continue;
      }
      Acronyms.Bracket b = Acronyms.bracketAfter(t, end);
      String acronym = b != null && Acronyms.isAcronym(b.content()) ? b.content() : null;
      out.add(new Mention(name, "english", acronym, u, start));
      consumed = end;
    }
  }

  private static boolean insideChineseBrackets(String t, int at) {
    for (int i = at - 1; i >= 0 && i >= at - MAX_NAME; i--) {
      if (t.charAt(i) == '》') {
        return false;
      }
      if (t.charAt(i) == '《') {
        return true;
      }
    }
    return false;
  }

}
