package tiku.generate;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two names may denote the same thing, so one must never be a distractor for the other: an
 * alias the extractor linked, or one name's characters (Chinese) or words (English) all inside the
 * other's, as with 英越自由貿協定 and 越南-英國自由貿易協定.
 */
final class SameThing {
  // Compiled once: normal() runs for every candidate pair of every distractor pick, and
  // String.replaceAll would compile the pattern on each call (a hot spot in batch generation).
  private static final Pattern PUNCT = Pattern.compile("[\\s《》「」『』“”‘’\"'()（）\\-－—・·.,，、]");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> STOP = Set.of("the", "of", "and", "on", "for", "a", "an", "in", "to", "&");

  private SameThing() {}

  static boolean same(String a, String b, Collection<String> aliasesOfA) {
    String na = normal(a);
    String nb = normal(b);
    if (na.isEmpty() || nb.isEmpty() || na.equals(nb)) {
      return true;
    }
    for (String alias : aliasesOfA) {
      if (normal(alias).equals(nb)) {
        return true;
      }
    }
    if (na.contains(nb) || nb.contains(na)) {
      return true;
    }
    Set<String> ua = units(a);
    Set<String> ub = units(b);
    return ua.containsAll(ub) || ub.containsAll(ua);
  }

  static String normal(String s) {
    return PUNCT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** Characters for Chinese names, significant words for Latin ones. */
  private static Set<String> units(String s) {
    Set<String> out = new HashSet<>();
    if (s.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      normal(s).codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
      out.remove("的");
      return out;
    }
    Arrays.stream(NON_WORD.split(s.toLowerCase(Locale.ROOT)))
        .filter(w -> !w.isEmpty() && !STOP.contains(w))
        .forEach(out::add);
    return out;
  }
}
