package tiku.generate;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two names may denote the same thing, so one must never be a distractor for the other: an
 * alias the extractor linked, or one name's characters (Chinese) or words (English) all inside the
 * other's, as with 英越自由貿協定 and 越南-英國自由貿易協定.
 *
 * <p>One instance serves one document's generation and remembers each name's normal form and
 * units, and each verdict on a pair: distractor picking asks about the same few dozen names tens of
 * thousands of times per document, which made this the hottest spot of batch generation.
 */
final class SameThing {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> STOP = Set.of("the", "of", "and", "on", "for", "a", "an", "in", "to", "&");
  /** What {@link #normal} drops: white space, brackets, quotes, dashes, dots and commas. */
  private static final String PUNCT = " \t\n\u000B\f\r《》「」『』“”‘’\"'()（）-－—・·.,，、";

  private final Map<String, Form> forms = new HashMap<>();

  /** A name's normal form and units, worked out once; verdicts against other forms are kept here. */
  static final class Form {
    final String normal;
    final Set<String> units;
    /** This document's number for the form, its place in every other form's verdicts. */
    final int id;
    /** Verdicts on the forms by id: 0 not known yet, 1 not alike, 2 alike. */
    byte[] verdicts = new byte[16];

    Form(String name, int id) {
      this.normal = normal(name);
      this.units = units(name, normal);
      this.id = id;
    }

    void remember(Form other, boolean same) {
      if (other.id >= verdicts.length) {
        verdicts = java.util.Arrays.copyOf(verdicts, Math.max(other.id + 1, verdicts.length * 2));
      }
      verdicts[other.id] = same ? (byte) 2 : (byte) 1;
    }
  }

  /** Whether {@code b} may name the same thing as {@code a}, or as one of a's aliases. */
  boolean sameAs(String a, String b, Collection<String> aliasesOfA) {
    Form fa = form(a);
    Form fb = form(b);
    if (alike(fa, fb)) {
      return true;
    }
    for (String alias : aliasesOfA) {
      if (form(alias).normal.equals(fb.normal)) {
        return true;
      }
    }
    return false;
  }

  Form form(String name) {
    Form f = forms.get(name);
    if (f == null) {
      f = new Form(name, forms.size());
      forms.put(name, f);
    }
    return f;
  }

  /** The alias-free part of the rule; symmetric, so one verdict serves both orders. */
  static boolean alike(Form a, Form b) {
    if (b.id < a.verdicts.length && a.verdicts[b.id] != 0) {
      return a.verdicts[b.id] == 2;
    }
    String na = a.normal;
    String nb = b.normal;
    boolean same =
        na.isEmpty() || nb.isEmpty() || na.equals(nb) || na.contains(nb) || nb.contains(na)
            || a.units.containsAll(b.units) || b.units.containsAll(a.units);
    a.remember(b, same);
    b.remember(a, same);
    return same;
  }

  /** Lower case without white space and punctuation, so 《越南-英國 自由貿易協定》 and 越南英國自由貿易協定 meet. */
  static String normal(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder out = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (PUNCT.indexOf(c) >= 0) {
        if (out == null) {
          out = new StringBuilder(lower.length()).append(lower, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? lower : out.toString();
  }

  /** Characters for Chinese names, significant words for Latin ones. */
  private static Set<String> units(String s, String normal) {
    Set<String> out = new HashSet<>();
    if (s.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      normal.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
      out.remove("的");
      return out;
    }
    for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
