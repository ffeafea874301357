package tiku.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.model.YearEvent;
import tiku.read.Chars;

/**
 * Finds years and dates with the event they mark: 自1973年建交 → 建交, 2010年建立戰略夥伴關係,
 * "develop a new technology partnership in 2021/22". The event is a short phrase in the
 * document's language taken from the words around the date; a year inside a name in 《》 is part
 * of the name, not an event, and a year whose event cannot be put in a few words is left out.
 */
public final class YearEventExtractor {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern CHINESE_DATE =
      Pattern.compile(
          "(?<![0-9])([12][0-9]{3})年(?:([0-9]{1,2})月(?:([0-9]{1,2})[日號号])?)?(?:(?:至|到|-|–)(?:[0-9]{1,2}月)?[0-9]{1,2}[日號号])?");
  /** The prepositions ENGLISH_YEAR opens with, in its order. */
  private static final List<String> PREPOSITIONS =
      List.of("in", "by", "since", "from", "until", "till", "through", "to", "before", "after", "during", "of", "In", "By",
          "Since", "From", "Until", "Before", "After", "During");
  private static final Pattern ENGLISH_YEAR =
      Pattern.compile(
          "\\b(" + String.join("|", PREPOSITIONS) + ")"
              + " (?:(?:early|mid|late|the end of|end) )?((?:January|February|March|April|May|June|July|August|September"
              + "|October|November|December) (?:[0-9]{1,2}, )?)?([12][0-9]{3})(/[0-9]{2})?(?![0-9A-Za-z-])");

  static final StartScan CHINESE_DATE_AT = StartScan.startingWith(CHINESE_DATE, "12");
  /** First letters of the prepositions ENGLISH_YEAR opens with, after \\b. */
  // and the year's first digit stands 3 ("in 2021") to 33 ("through the end of September 12, 2021")
  // characters after the match's start
  static final StartScan ENGLISH_YEAR_AT =
      StartScan.wordStartingWithOneOf(ENGLISH_YEAR, PREPOSITIONS).alsoWithin("12", 3, 33);

  private static final String CHINESE_STOPS = "，,。；;：:！？!?、（(）)";
  private static final List<String> CHINESE_CUTS = List.of("以來", "以来", "並", "并", "後", "后", "時", "时", "期間", "期间");
  private static final String LEADING_PARTICLES = "於于在自從从到至截";
  private static final int MAX_EVENT = 24;
  private static final int MIN_EVENT = 2;
  private static final int MAX_BEFORE = 8;

  private static final Set<String> ENGLISH_LEADS =
      Set.of("to", "will", "would", "shall", "we", "and", "that", "which", "who", "has", "have", "are", "is", "was",
          "were", "be", "been", "also", "both", "can", "could", "should", "must", "us");
  private static final int MAX_ENGLISH_WORDS = 10;
  private static final Set<String> TRAILING_PREPOSITIONS = Set.of("through", "up", "out", "from", "until", "to", "by", "in");

  private YearEventExtractor() {}

  public static List<YearEvent> extract(List<TextUnit> units) {
    List<YearEvent> out = new ArrayList<>();
    for (TextUnit u : units) {
      if (Digits.year(u.text())) { // both patterns need a year's four digits
        chinese(u, out);
        english(u, out);
      }
    }
    return out;
  }

  private static void chinese(TextUnit u, List<YearEvent> out) {
    String t = u.text();
    StartScan.Cursor m = CHINESE_DATE_AT.in(t);
    while (m.find()) {
      if (BookTitle.encloses(t, m.start())) {
        continue;
      }
      String event = chineseEvent(t, m.start(), m.end());
      if (event == null) {
        continue;
      }
      int year = Integer.parseInt(m.group(1));
      String date = m.group(2) != null ? m.group() : null;
      var citation = u.cite(m.start());
      out.add(new YearEvent(year, date, event, citation.sentence(), citation));
    }
  }

  /** The phrase after the date (up to punctuation or 以來/並/後), else the one before it. */
  static String chineseEvent(String t, int start, int end) {
    int e = end;
    if (e < t.length() && t.charAt(e) == '《') {
      int close = t.indexOf('》', e);
      if (close > e + 1 && close - e <= 60) {
        return t.substring(e + 1, close);
      }
    }
    if (e < t.length() && CHINESE_STOPS.indexOf(t.charAt(e)) >= 0 && atSegmentStart(t, start)) {
      e++; // "2025年1月,越共中央委員會通過決議": the event is the next phrase
    }
    for (String since : List.of("以來", "以来", "開始", "开始", "起", "後", "后", "間", "间")) {
      if (t.startsWith(since, e)) {
        e += since.length(); // 自1990年起雙方合作: the event follows "since"
        break;
      }
    }
    String after = phrase(t, e);
    if (after.length() >= MIN_EVENT) {
      return tidy(after);
    }
    int s = start;
    while (s > 0 && CHINESE_STOPS.indexOf(t.charAt(s - 1)) < 0 && start - s < MAX_EVENT) {
      s--;
    }
    String before = t.substring(s, start);
    return before.length() >= MIN_EVENT && before.length() <= MAX_BEFORE ? tidy(before) : null;
  }

  private static boolean atSegmentStart(String t, int start) {
    return start == 0 || CHINESE_STOPS.indexOf(t.charAt(start - 1)) >= 0;
  }

  private static String phrase(String t, int from) {
    int e = from;
    while (e < t.length() && CHINESE_STOPS.indexOf(t.charAt(e)) < 0 && e - from <= MAX_EVENT * 2) {
      e++;
    }
    String p = t.substring(from, e);
    for (String cut : CHINESE_CUTS) {
      int at = p.indexOf(cut);
      if (at >= MIN_EVENT) {
        p = p.substring(0, at);
      }
    }
    // another date begins a new event
    StartScan.Cursor next = CHINESE_DATE_AT.in(p);
    if (next.find() && next.start() >= MIN_EVENT) {
      p = p.substring(0, next.start());
    }
    while (!p.isEmpty() && "和與与及".indexOf(p.charAt(p.length() - 1)) >= 0) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.length() > MAX_EVENT) {
      int cut = firstOf(p, "和與与及對对將将使把的", MIN_EVENT + 2);
      p = cut > 0 && cut <= MAX_EVENT ? p.substring(0, cut) : "";
    }
    return p;
  }

  private static int firstOf(String p, String chars, int from) {
    for (int i = from; i < p.length(); i++) {
      if (chars.indexOf(p.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String tidy(String e) {
    String s = e.trim();
    if (s.length() <= 4 && !s.isEmpty() && LEADING_PARTICLES.indexOf(s.charAt(0)) >= 0) {
      return null; // "於北京": a place, not an event
    }
    return s.length() >= MIN_EVENT ? s : null;
  }


  private static void english(TextUnit u, List<YearEvent> out) {
    String t = u.text();
    StartScan.Cursor m = ENGLISH_YEAR_AT.in(t);
    while (m.find()) {
      String event = englishEvent(t, m.start());
      if (event == null) {
        continue;
      }
      int year = Integer.parseInt(m.group(3));
      String date = m.group(2) != null || m.group(4) != null
          ? (m.group(2) != null ? m.group(2) : "") + m.group(3) + (m.group(4) != null ? m.group(4) : "")
          : null;
      var citation = u.cite(m.start());
      out.add(new YearEvent(year, date, event, citation.sentence(), citation));
    }
  }

  /** "Manila and Tokyo": an "and" between two capitalised words joins a subject, not two clauses. */
  private static boolean joinsNames(String[] words, int i) {
    return words[i].equals("and") && i > 0 && i + 1 < words.length
        && Character.isUpperCase(words[i - 1].charAt(0)) && Character.isUpperCase(words[i + 1].charAt(0));
  }

  /** The words before "in 2021": back to the clause's start, then after its last auxiliary or "to". */
  static String englishEvent(String t, int prepStart) {
    int s = prepStart;
    while (s > 0 && ";:—–.!?(".indexOf(t.charAt(s - 1)) < 0 && prepStart - s < 300) {
      if (t.charAt(s - 1) == ',' ) {
        break;
      }
      s--;
    }
    String[] words = SPACES.split(t.substring(s, prepStart).trim());
    int from = 0;
    for (int i = 0; i < words.length; i++) {
      if ((ENGLISH_LEADS.contains(words[i]) && !joinsNames(words, i)) || words[i].equals("We")) {
        from = i + 1;
      }
    }
    if (words.length - from > MAX_ENGLISH_WORDS) {
      from = words.length - MAX_ENGLISH_WORDS;
    }
    int to = words.length;
    while (to > from && TRAILING_PREPOSITIONS.contains(words[to - 1])) {
      to--;
    }
    words = java.util.Arrays.copyOfRange(words, 0, to);
    if (words.length - from < 2) {
      return null;
    }
    String e = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    return e.isBlank() || !Character.isLetter(e.charAt(0)) && !Chars.isHan(e.charAt(0)) ? null : e;
  }
}
