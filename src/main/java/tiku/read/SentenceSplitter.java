package tiku.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tiku.model.Sentence;

/**
 * Splits re-joined text into sentences: after 。！？!? (with any closing quotes that follow), and
 * after a Latin full stop followed by a space and a capital, unless the word before it is an
 * abbreviation (U.K., Mr., Jr., Rt. Hon., …). A quotation's inner 。 does not end the sentence.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "jr", "sr", "st", "hon", "rt", "no", "vs", "etc", "e.g", "i.e",
          "inc", "ltd", "co", "corp", "gen", "col", "lt", "gov", "sen", "rep", "prof", "fig", "art",
          "para", "vol", "approx", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "p.m", "a.m", "m.p");

  /** A quotation longer than this is taken as unclosed. */
  private static final int MAX_QUOTE = 300;

  private SentenceSplitter() {}

  public static List<Sentence> split(JoinedText text) {
    List<Sentence> out = new ArrayList<>();
    String s = text.text();
    int start = 0;
    int depth = 0;
    int opened = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (depth > 0 && i - opened > MAX_QUOTE) {
        depth = 0; // an unclosed quote must not swallow the rest of the text
      }
      if (c == '「' || c == '『' || c == '“') {
        if (depth == 0) {
          opened = i;
        }
        depth++;
      } else if ((c == '」' || c == '』' || c == '”') && depth > 0) {
        depth--;
      }
      int end = -1;
      if (depth == 0 && (c == '。' || c == '！' || c == '？' || c == '!' || c == '?')) {
        end = i + 1;
      } else if (depth == 0 && c == '.' && latinStop(s, i)) {
        end = i + 1;
      }
      if (end > 0) {
        while (end < s.length() && Chars.isTrailingClose(s.charAt(end))) {
          end++;
        }
        add(out, text, start, end);
        start = end;
        i = end;
        continue;
      }
      i++;
    }
    add(out, text, start, s.length());
    if (out.isEmpty() && !s.isBlank()) {
      out.add(new Sentence(s.trim(), text.span()));
    }
    return out;
  }

  private static void add(List<Sentence> out, JoinedText text, int from, int to) {
    String s = text.text();
    while (from < to && Chars.isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && Chars.isSpace(s.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Sentence(s.substring(from, to), text.span(from, to)));
    }
  }

  /** A full stop ending a Latin sentence: space then a capital, digit or quote; not after an abbreviation. */
  private static boolean latinStop(String s, int i) {
    if (i + 1 < s.length() && !Chars.isSpace(s.charAt(i + 1))) {
      return i + 1 < s.length() && Chars.isCjk(s.charAt(i + 1)) && i > 0 && Chars.isLatinWord(s.charAt(i - 1));
    }
    int j = i + 1;
    while (j < s.length() && Chars.isSpace(s.charAt(j))) {
      j++;
    }
    if (j < s.length()) {
      char n = s.charAt(j);
      if (!(Character.isUpperCase(n) || Character.isDigit(n) || "\"“‘'(".indexOf(n) >= 0 || Chars.isCjk(n))) {
        return false;
      }
    }
    int k = i;
    while (k > 0 && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) {
      k--;
    }
    String word = s.substring(k, i).toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    // a single capital ("R." in Joseph R. Biden) or dotted initials ("U.K.") is an abbreviation
    return !(word.length() == 1 && Character.isUpperCase(s.charAt(k))) && !word.contains(".");
  }
}
