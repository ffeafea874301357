package tiku.generate;

import java.util.List;
import tiku.model.Language;

/**
 * Cuts the piece of a passage that holds a key: its sentence, narrowed to the comma-bounded parts
 * around the key when the sentence is long. The result is always an exact substring.
 */
final class Fragment {
  private Fragment() {}

  /** [start, end) of the fragment around text[keyStart, keyEnd). */
  static int[] around(String text, int keyStart, int keyEnd, Language lang) {
    int limit = limit(lang);
    int s = keyStart;
    while (s > 0 && !sentenceEnd(text, s - 1, lang)) {
      s--;
    }
    int e = keyEnd;
    while (e < text.length() && !sentenceEnd(text, e, lang)) {
      e++;
    }
    if (e < text.length() && lang.isChinese()) {
      e++; // keep the full stop
    } else if (e < text.length() && text.charAt(e) == '.') {
      e++;
    }
    if (e - s > limit) {
      int[] narrow = narrow(text, s, e, keyStart, keyEnd, limit);
      s = narrow[0];
      e = narrow[1];
    }
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e};
  }

  /**
   * The fragment around a key and the same fragment with the key cut out, or null when the key
   * stands in the fragment twice (the blank would give itself away) or the fragment is unusable.
   */
  static Gapped gap(String text, int keyStart, int keyEnd, Language lang) {
    int[] r = around(text, keyStart, keyEnd, lang);
    if (pointsBack(text, r[0], lang)) {
      // "This will be underpinned by…" asks about a "this" the student never sees: take in the
      // sentence it points to, or make no question of it
      int p = previousSentenceStart(text, r[0], lang);
      if (p < 0 || r[1] - p > limit(lang)) {
        return null;
      }
      r[0] = p;
    }
    String fragment = text.substring(r[0], r[1]);
    String key = text.substring(keyStart, keyEnd);
    int rel = keyStart - r[0];
    if (fragment.indexOf(key) != fragment.lastIndexOf(key) || !DocumentText.usable(fragment)) {
      return null;
    }
    String gapped = fragment.substring(0, rel) + StemWriter.GAP + fragment.substring(rel + key.length());
    return new Gapped(fragment, gapped, rel);
  }

  /** The longest fragment: English sentences read badly when cut at commas, so theirs is longer. */
  private static int limit(Language lang) {
    return lang.isChinese() ? 60 : 320;
  }

  /** A fragment and its copy with the key replaced by a blank; {@code at} is the key's offset. */
  record Gapped(String fragment, String gapped, int at) {
    /** The fragment with the key replaced by another text (a false statement). */
    String with(String key, String other) {
      return fragment.substring(0, at) + other + fragment.substring(at + key.length());
    }
  }

  static String cut(String text, int keyStart, int keyEnd, Language lang) {
    int[] r = around(text, keyStart, keyEnd, lang);
    return text.substring(r[0], r[1]);
  }

  /** Grows outward from the key one comma-part at a time while under the limit. */
  private static int[] narrow(String text, int s, int e, int keyStart, int keyEnd, int limit) {
    int ns = keyStart;
    while (ns > s && !isComma(text.charAt(ns - 1))) {
      ns--;
    }
    int ne = keyEnd;
    while (ne < e && !isComma(text.charAt(ne))) {
      ne++;
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      if (ne < e) {
        int next = ne + 1;
        while (next < e && !isComma(text.charAt(next))) {
          next++;
        }
        if (next - ns <= limit) {
          ne = next;
          grew = true;
        }
      }
      if (ns > s && ne - ns < limit / 2) {
        int prev = ns - 1;
        while (prev > s && !isComma(text.charAt(prev - 1))) {
          prev--;
        }
        if (ne - prev <= limit) {
          ns = prev;
          grew = true;
        }
      }
    }
    return new int[] {ns, ne};
  }

  /** Openers that point back to an earlier sentence; "此外" and "其他" do not. */
  private static final List<String> BACK_EN =
      List.of("This ", "These ", "That ", "Those ", "It ", "They ", "Such ", "He ", "She ");

  private static final List<String> BACK_ZH = List.of("此", "這", "这", "該", "该", "上述", "它");

  private static final List<String> NOT_BACK_ZH = List.of("此外", "此次", "這次", "这次");

  static boolean pointsBack(String text, int at, Language lang) {
    // every blank and swapped statement passes here: plain loops, no stream per call
    if (lang.isChinese()) {
      return opensWith(text, at, BACK_ZH) && !opensWith(text, at, NOT_BACK_ZH);
    }
    return opensWith(text, at, BACK_EN);
  }

  private static boolean opensWith(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /** Where the sentence before the one starting at {@code at} starts, or -1 when there is none. */
  private static int previousSentenceStart(String text, int at, Language lang) {
    int i = at;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i == 0) {
      return -1;
    }
    i--; // the previous sentence's end mark
    while (i > 0 && !sentenceEnd(text, i - 1, lang)) {
      i--;
    }
    while (i < at && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < at ? i : -1;
  }

  static boolean sentenceEnd(String text, int i, Language lang) {
    char c = text.charAt(i);
    if (c == '。' || c == '；' || c == '！' || c == '？' || c == '\n') {
      return true;
    }
    if (c == ';' || c == '?' || c == '!') {
      return true;
    }
    // an English full stop ends a sentence when a space and a capital follow (not "U.K." or "2.5")
    return c == '.'
        && i + 2 < text.length()
        && text.charAt(i + 1) == ' '
        && (Character.isUpperCase(text.charAt(i + 2)) || text.charAt(i + 2) == ' ')
        && !(i >= 1 && Character.isUpperCase(text.charAt(i - 1)) && i >= 2 && text.charAt(i - 2) == '.');
  }

  private static boolean isComma(char c) {
    return c == '，' || c == ',' || c == '：' || c == ':';
  }
}
