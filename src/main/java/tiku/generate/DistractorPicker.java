package tiku.generate;

import java.util.ArrayList;
import java.util.Collection;
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
    // names.sameAs(key, c, keyAliases), with the key's and its aliases' forms looked up once
    SameThing.Form fk = names.form(key);
    List<String> aliases = new ArrayList<>(keyAliases);
    SameThing.Form[] aliasForms = new SameThing.Form[aliases.size()];
    for (String c : candidates) {
      if (c == null || c.isBlank() || ruledOut.test(c)) {
        continue;
      }
      SameThing.Form fc = names.form(c);
      if (SameThing.alike(fk, fc) || sameNormal(names, aliases, aliasForms, fc)) {
        continue;
      }
      // as names.sameAs(o, c, no aliases) for every pick o so far
      if (alikeAny(okForms, fc)) {
        continue;
      }
      ok.add(c);
      okForms.add(fc);
    }
    return closestInLength(key, ok, n);
  }

  /** Whether one of the key's aliases has c's normal form; each alias's form is looked up once, when first needed. */
  private static boolean sameNormal(SameThing names, List<String> aliases, SameThing.Form[] forms, SameThing.Form c) {
    for (int i = 0; i < forms.length; i++) {
      if (forms[i] == null) {
        forms[i] = names.form(aliases.get(i));
      }
      if (forms[i].normal.equals(c.normal)) {
        return true;
      }
    }
    return false;
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
    // closest in length, then by natural order: the order comparingInt(...).thenComparing(c -> c) gave
    int k = key.length();
    ranked.sort((a, b) -> {
      int d = Integer.compare(Math.abs(a.length() - k), Math.abs(b.length() - k));
      return d != 0 ? d : a.compareTo(b);
    });
    return List.copyOf(ranked.subList(0, n));
  }
}
