package tiku.generate;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Relative time words a question cannot resolve (今年, 上個月, 28日, last week): a quote holding one
 * means a different day on the worksheet than in the article.
 *
 * <p>The Chinese rule is scanned by hand rather than by a regular expression: it runs on every
 * stem, quote and fragment of every draft, and a pattern of some thirty alternatives tried at every
 * position was a hot spot of batch generation. {@link #CHINESE_RULE} is that pattern, kept as the
 * definition the scan must agree with (a property test holds them to it).
 */
final class RelativeTime {
  /** The Chinese rule as a pattern: a relative word, or a bare day number not inside a full date. */
  static final Pattern CHINESE_RULE =
      Pattern.compile(
          "今年|去年|明年|本月|上個?月|下個?月|这个月|這個月|日前|近日|昨[天日]|今[天日]|明天|前天|本週|本周|上週|上周|下週|下周|近來|近来"
              + "|(?<![月0-9０-９])(?<!月[0-9]{1,2}日至)(?<!月[0-9]{2}日-)[0-9０-９]{1,2}日");

  /** The literal words of CHINESE_RULE, by their first character. */
  private static final Map<Character, List<String>> WORDS =
      List.of("今年", "去年", "明年", "本月", "上月", "上個月", "下月", "下個月", "这个月", "這個月", "日前", "近日", "昨天", "昨日",
              "今天", "今日", "明天", "前天", "本週", "本周", "上週", "上周", "下週", "下周", "近來", "近来")
          .stream()
          .collect(Collectors.groupingBy(w -> w.charAt(0)));

  /** The words' first characters plus 日, so most characters are passed over with one look-up. */
  private static final BitSet CUES = new BitSet(1 << 16);

  static {
    WORDS.keySet().forEach(CUES::set);
    CUES.set('日');
  }

  private static final Pattern ENGLISH =
      Pattern.compile("(?i)\\b(today|yesterday|tomorrow|(last|next|this) (week|month|year)|later this year|recently)\\b");
  /** Every match of ENGLISH holds one of these words (in any case): the pattern runs only then. */
  private static final List<String> ENGLISH_WORDS = List.of("today", "yesterday", "tomorrow", "week", "month", "year", "recently");

  private RelativeTime() {}

  static boolean in(String text) {
    return chinese(text) || english(text);
  }

  /** Whether CHINESE_RULE finds a match in the text. */
  static boolean chinese(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (chineseAt(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a match of CHINESE_RULE starts at i (a relative word) or ends at i (a bare day number). */
  static boolean chineseAt(String text, int i) {
    char c = text.charAt(i);
    if (!CUES.get(c)) {
      return false;
    }
    List<String> words = WORDS.get(c);
    if (words != null) {
      for (String w : words) {
        if (text.startsWith(w, i)) {
          return true;
        }
      }
    }
    return c == '日' && (dayNumberFrom(text, i - 1, i) || dayNumberFrom(text, i - 2, i));
  }

  /** CUES as plain bits, for the per-character test in usable(). */
  private static final long[] CUE_BITS = CUES.toLongArray();

  /** Whether a Chinese cue character (the rule's words start with one, and its day numbers end with 日) is c. */
  static boolean chineseCue(char c) {
    int w = c >>> 6;
    return w < CUE_BITS.length && (CUE_BITS[w] & 1L << c) != 0;
  }

  /** ENGLISH_WORDS by first letter (lower case ASCII). */
  private static final boolean[] ENGLISH_FIRST = new boolean[128];

  static {
    ENGLISH_WORDS.forEach(w -> ENGLISH_FIRST[w.charAt(0)] = true);
  }

  /** Whether one of ENGLISH_WORDS starts with c (lower case ASCII). */
  static boolean englishFirst(char c) {
    return c < 128 && ENGLISH_FIRST[c];
  }

  /** Whether one of ENGLISH_WORDS stands at i, ASCII letters in any case; c is text[i] in lower case. */
  static boolean englishWordAt(String text, int i, char c) {
    if (c >= 128 || !ENGLISH_FIRST[c]) {
      return false;
    }
    for (int k = 0; k < ENGLISH_WORDS.size(); k++) {
      String w = ENGLISH_WORDS.get(k);
      if (w.charAt(0) == c && startsWithAsciiBlind(text, i, w)) {
        return true;
      }
    }
    return false;
  }

  /** ENGLISH finds a match; to be asked only when englishWordAt found a word. */
  static boolean englishPattern(String text) {
    return ENGLISH.matcher(text).find();
  }

  static boolean wwwAt(String text, int i) {
    return startsWithAsciiBlind(text, i, "www.");
  }

  /** The digits text[start..day) are a day number the rule counts: not part of a longer number or a date range. */
  private static boolean dayNumberFrom(String t, int start, int day) {
    if (start < 0) {
      return false;
    }
    for (int k = start; k < day; k++) {
      if (!anyDigit(t.charAt(k))) {
        return false;
      }
    }
    // (?<![月0-9０-９])
    if (start > 0 && (t.charAt(start - 1) == '月' || anyDigit(t.charAt(start - 1)))) {
      return false;
    }
    // (?<!月[0-9]{1,2}日至): the end of a range such as 10月28日至30日
    if (start >= 2 && t.charAt(start - 1) == '至' && t.charAt(start - 2) == '日') {
      for (int digits = 1; digits <= 2; digits++) {
        if (monthThenAsciiDigits(t, start - 2, digits)) {
          return false;
        }
      }
    }
    // (?<!月[0-9]{2}日-): the end of a range such as 10月28日-30日
    if (start >= 2 && t.charAt(start - 1) == '-' && t.charAt(start - 2) == '日' && monthThenAsciiDigits(t, start - 2, 2)) {
      return false;
    }
    return true;
  }

  /** Whether 月 and then exactly {@code digits} ASCII digits stand just before {@code end}. */
  private static boolean monthThenAsciiDigits(String t, int end, int digits) {
    int month = end - digits - 1;
    if (month < 0 || t.charAt(month) != '月') {
      return false;
    }
    for (int k = month + 1; k < end; k++) {
      if (t.charAt(k) < '0' || t.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean anyDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static boolean english(String text) {
    return holdsWord(text, ENGLISH_WORDS) && ENGLISH.matcher(text).find();
  }

  /**
   * Whether one of the lower-case ASCII words stands in the text, ASCII letters in any case (as
   * the patterns' (?i) matches them).
   */
  static boolean holdsWord(String text, List<String> words) {
    // the words' first letters, so most characters are passed over with one look-up
    boolean[] first = new boolean[128];
    for (String w : words) {
      first[w.charAt(0)] = true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = asciiLower(text.charAt(i));
      if (c >= 128 || !first[c]) {
        continue;
      }
      for (int k = 0; k < words.size(); k++) {
        String w = words.get(k);
        if (w.charAt(0) == c && startsWithAsciiBlind(text, i, w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWithAsciiBlind(String text, int at, String lowerWord) {
    if (at + lowerWord.length() > text.length()) {
      return false;
    }
    for (int k = 1; k < lowerWord.length(); k++) {
      if (asciiLower(text.charAt(at + k)) != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
