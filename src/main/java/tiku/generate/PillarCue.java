package tiku.generate;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How plainly a passage's own words point to a section heading: the heading's two-character runs
 * (Chinese) or word stems (English) that the passage repeats. A pillar the words do not point to,
 * or point to no more than to a distractor, is a hard question.
 */
final class PillarCue {
  /** Each heading's units, and each passage in lower case, worked out once per document. */
  private final Map<String, Set<String>> units = new HashMap<>();
  private final Map<String, String> lower = new HashMap<>();

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern ZH_HEADING_GLUE = Pattern.compile("[、，,與与和及\\s]+");

  private static final Set<String> NOISE =
      Set.of("加強", "加强", "合作", "強政", "强政", "及其", "其他", "領域", "领域", "and", "the", "of");

  /** Each lower-cased passage's two-character pairs as sorted codes, for two-character units. */
  private final Map<String, int[]> pairs = new HashMap<>();

  int overlap(String passage, String heading) {
    int n = 0;
    String lower = this.lower.computeIfAbsent(passage, s -> s.toLowerCase(Locale.ROOT));
    int[] pairCodes = null;
    for (String unit : units.computeIfAbsent(heading, PillarCue::units)) {
      boolean holds;
      if (unit.length() == 2) {
        // lower.contains(unit) for a two-character unit (every Chinese one): a search of the sorted pairs
        if (pairCodes == null) {
          pairCodes = pairs.computeIfAbsent(lower, PillarCue::pairCodes);
        }
        holds = java.util.Arrays.binarySearch(pairCodes, code(unit.charAt(0), unit.charAt(1))) >= 0;
      } else {
        holds = lower.contains(unit);
      }
      if (holds) {
        n++;
      }
    }
    return n;
  }

  private static int code(char a, char b) {
    return a << 16 | b;
  }

  private static int[] pairCodes(String s) {
    char[] c = s.toCharArray();
    int[] out = new int[Math.max(0, c.length - 1)];
    for (int i = 0; i + 1 < c.length; i++) {
      out[i] = code(c[i], c[i + 1]);
    }
    java.util.Arrays.sort(out);
    return out;
  }

  Closeness closeness(String passage, String key, Collection<String> distractors) {
    int k = overlap(passage, key);
    int other = 0;
    for (String d : distractors) {
      other = Math.max(other, overlap(passage, d));
    }
    if (k == 0 || other >= k) {
      return Closeness.CLOSE;
    }
    return k >= 2 && other == 0 ? Closeness.FAR : Closeness.NEAR;
  }

  static Set<String> units(String heading) {
    Set<String> out = new HashSet<>();
    String h = heading.toLowerCase(Locale.ROOT);
    if (h.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      for (String part : ZH_HEADING_GLUE.split(h)) {
        for (int i = 0; i + 2 <= part.length(); i++) {
          out.add(part.substring(i, i + 2));
        }
      }
    } else {
      for (String w : NON_LETTERS.split(h)) {
        if (w.length() >= 4) {
          out.add(w.substring(0, Math.min(w.length(), 6)));
        }
      }
    }
    out.removeAll(NOISE);
    return out;
  }
}
