package tiku.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One place where a passage names a thing (an agreement, an organization), by one of its names.
 *
 * @param surface the name as the passage writes it (the canonical name or an alias)
 * @param at its offset in the passage text
 */
record Mention(Named thing, String surface, Passage passage, int at) {
  private static final Pattern BARE_ACRONYM = Pattern.compile("[A-Z0-9.&\\- ]{2,12}");

  /** Names worth asking about: not bare acronyms, which the acronym questions cover. */
  static boolean askable(String name) {
    return name != null && name.strip().length() >= 3 && !BARE_ACRONYM.matcher(name).matches();
  }

  /** The first mention of each thing in each passage, by its longest name found there. */
  static List<Mention> all(List<Named> things, List<Passage> passages) {
    // each thing's askable names, worked out once rather than for every passage
    List<List<String>> names = new ArrayList<>();
    for (Named a : things) {
      names.add(a.allNames().stream().filter(Mention::askable).toList());
    }
    List<Mention> out = new ArrayList<>();
    for (Passage p : passages) {
      for (int k = 0; k < things.size(); k++) {
        Named a = things.get(k);
        Mention best = null;
        for (String n : names.get(k)) {
          int at = p.indexOf(n);
          if (at >= 0 && (best == null || n.length() > best.surface().length())) {
            best = new Mention(a, n, p, at);
          }
        }
        if (best != null) {
          out.add(best);
        }
      }
    }
    return out;
  }

  /** Whether the passage names the thing by any name (acronyms included). */
  static boolean names(Passage p, Named a) {
    for (String n : a.allNames()) {
      if (n != null && n.length() >= 2 && p.holds(n)) {
        return true;
      }
    }
    return false;
  }
}
