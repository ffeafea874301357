package tiku.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Picks distractors of the key's kind: never the key, never a name for the same thing, never
 * repeated, never one the caller rules out (a name the cited clause also gives); closest in length
 * to the key first, so the key is not the only long or short option.
 */
final class DistractorPicker {
  private DistractorPicker() {}

  /**
   * Up to n names (of agreements, people, roles…), or an empty list when fewer than n qualify (skip
   * rather than pad); a candidate that may name the same thing as the key or as another pick is out.
   */
  static List<String> pick(
      SameThing names, String key, Collection<String> keyAliases, Collection<String> candidates, int n,
      Predicate<String> ruledOut) {
    List<String> ok = new ArrayList<>();
    List<SameThing.Form> okForms = new ArrayList<>();
    for (String c : candidates) {
      if (c == null || c.isBlank() || ruledOut.test(c) || names.sameAs(key, c, keyAliases)) {
        continue;
      }
      // as names.sameAs(o, c, no aliases) for every pick o so far, with each form looked up once
      SameThing.Form fc = names.form(c);
      if (alikeAny(okForms, fc)) {
        continue;
      }
      ok.add(c);
      okForms.add(fc);
    }
    return closestInLength(key, ok, n);
  }

  private static boolean alikeAny(List<SameThing.Form> picked, SameThing.Form c) {
    for (int i = 0; i < picked.size(); i++) {
      if (SameThing.alike(picked.get(i), c)) {
        return true;
      }
    }
    return false;
  }

  /** Exact values (years, amounts, headings): distinct and not the key, compared as written. */
  static List<String> pickExact(String key, Collection<String> candidates, int n, Predicate<String> ruledOut) {
    List<String> ok = new ArrayList<>();
    for (String c : candidates) {
      if (c != null && !c.isBlank() && !c.equals(key) && !ok.contains(c) && !ruledOut.test(c)) {
        ok.add(c);
      }
    }
    if (ok.size() < n) {
      return List.of();
    }
    return List.copyOf(ok.subList(0, n));
  }

  private static List<String> closestInLength(String key, List<String> ok, int n) {
    if (ok.size() < n) {
      return List.of();
    }
    List<String> ranked = new ArrayList<>(ok);
    ranked.sort(Comparator.comparingInt((String c) -> Math.abs(c.length() - key.length())).thenComparing(c -> c));
    return List.copyOf(ranked.subList(0, n));
  }
}
