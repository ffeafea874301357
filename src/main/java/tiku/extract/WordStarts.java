package tiku.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed word list (titles, organization endings) looked up by a word's first character. The
 * extractors try the list at every character of the text; trying only the few words that start
 * with that character keeps their cost to one map look-up per character. Each character's words
 * keep the list's order, so a longest-first list still tries its longest word first.
 */
final class WordStarts {
  private final Map<Character, List<String>> byFirst = new HashMap<>();
  /** The first characters, so most characters are passed over without a map look-up. */
  private final BitSet firsts = new BitSet(1 << 16);

  WordStarts(List<String> words) {
    for (String w : words) {
      byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
      firsts.set(w.charAt(0));
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
  }

  /** Whether a word of the list starts with c: when not, at() has nothing for it. */
  boolean starts(char c) {
    return firsts.get(c);
  }

  /** The words that may start at text[i] (same first character), in list order. */
  List<String> at(String text, int i) {
    char c = text.charAt(i);
    return firsts.get(c) ? byFirst.get(c) : List.of();
  }
}
