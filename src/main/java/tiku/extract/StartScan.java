package tiku.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only at the offsets where one of its matches can start. It finds the same matches
 * in the same order as {@code pattern.matcher(text).find()} does, as long as the start rule is a
 * true necessary condition of the pattern and the pattern never matches the empty string.
 */
// Matcher.find() runs the whole pattern at every offset, several interface calls per character even
// when the first one fails (C1, the launcher's JIT, inlines none of them). Most offsets cannot start
// a match: a year starts with 1 or 2, a title with a capital after a non-letter. A plain character
// loop skips those, and the pattern runs (anchored, with transparent bounds, so lookbehind and \b
// still see the text before it) only where a match may start.
public final class StartScan {
  private static final int BMP = 1 << 16;
  /** Up to this many first characters, String.indexOf (fast even in C1) finds the next one. */
  private static final int FEW = 3;

  private final Pattern pattern;
  private final long[] first;
  private final String firstChars;
  /** The first characters when they are few and nothing is asked of the one before: found by indexOf. */
  private final char[] fewFirst;
  private final long[] before;
  private final boolean atTextStart;
  private final int groups;
  private final boolean keepsGroups;
  /** When not null: a match's first two characters are one of these pairs (first << 16 | second), sorted. */
  private final int[] pairs;
  /** When not null: a match also has one of these characters from start + withinFrom to start + withinTo. */
  private final long[] within;
  private final int withinFrom;
  private final int withinTo;

  private StartScan(Pattern pattern, String firstChars, long[] before, boolean atTextStart) {
    this(pattern, firstChars, before, atTextStart, null, 0, 0, null);
  }

  private StartScan(Pattern pattern, String firstChars, long[] before, boolean atTextStart, long[] within, int withinFrom,
      int withinTo, int[] pairs) {
    this.pairs = pairs;
    this.within = within;
    this.withinFrom = withinFrom;
    this.withinTo = withinTo;
    this.pattern = pattern;
    this.first = firstChars == null ? null : bits(firstChars, false);
    this.fewFirst = firstChars != null && firstChars.length() <= FEW && before == null && within == null && pairs == null
        ? firstChars.toCharArray() : null;
    this.firstChars = firstChars;
    this.before = before;
    this.atTextStart = atTextStart;
    this.groups = pattern.matcher("").groupCount();
    this.keepsGroups = POSSESSIVE_OR_ATOMIC.matcher(pattern.pattern()).find();
  }

  // java.util.regex keeps a group that a possessive or atomic part set during a failed attempt at an
  // earlier offset of the same find(), and reports it when the group takes no part in the match
  // found later. Patterns with such parts must repeat that; see Cursor.find.
  private static final Pattern POSSESSIVE_OR_ATOMIC = Pattern.compile("[?*+}]\\+|\\(\\?>");

  /** A match starts with one of {@code firstChars}. */
  public static StartScan startingWith(Pattern pattern, String firstChars) {
    return new StartScan(pattern, firstChars, null, true);
  }

  /** A match starts at the text's start or right after one of {@code beforeChars}. */
  public static StartScan after(Pattern pattern, String beforeChars) {
    return new StartScan(pattern, null, bits(beforeChars, false), true);
  }

  /**
   * The same scan, also asking that one of {@code chars} stand between {@code from} and {@code to}
   * characters after a match's start (the year after "in ", the verb after a two-character subject).
   */
  public StartScan alsoWithin(String chars, int from, int to) {
    return new StartScan(pattern, firstChars, before, atTextStart, bits(chars, false), from, to, pairs);
  }

  /**
   * A match starts with one of {@code words} (each of two characters or more), at the text's start
   * or after a character that is not an ASCII letter, digit or '_' (the pattern opens with \b and
   * an alternation of these words): its first two characters are one of the words' first two.
   */
  public static StartScan wordStartingWithOneOf(Pattern pattern, java.util.Collection<String> words) {
    StringBuilder firsts = new StringBuilder();
    java.util.TreeSet<Integer> pairs = new java.util.TreeSet<>();
    for (String w : words) {
      if (w.length() < 2) {
        throw new IllegalArgumentException("a word of two characters or more: " + w);
      }
      firsts.append(w.charAt(0));
      pairs.add(pair(w.charAt(0), w.charAt(1)));
    }
    int[] sorted = pairs.stream().mapToInt(Integer::intValue).toArray();
    return new StartScan(pattern, firsts.toString(), bits(WORD_CHARS, true), true, null, 0, 0, sorted);
  }

  private static int pair(char a, char b) {
    return a << 16 | b;
  }

  private static final String WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

  public Pattern pattern() {
    return pattern;
  }

  /** A cursor over the matches in {@code text}. */
  public Cursor in(String text) {
    return new Cursor(text);
  }

  private static long[] bits(String chars, boolean complement) {
    long[] b = new long[BMP / 64];
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      b[c >>> 6] |= 1L << c;
    }
    if (complement) {
      for (int i = 0; i < b.length; i++) {
        b[i] = ~b[i];
      }
    }
    return b;
  }

  /** The matches in one text, found one after another as with {@link Matcher#find()}. */
  public final class Cursor {
    private final String text;
    private final Matcher m;
    private int from;
    /** The text's characters, copied once: an array is read faster than String.charAt in C1. */
    private char[] chars;
    /** For fewFirst: where each of those characters next stands at or after {@code from}, or -1 when unknown. */
    private int[] next;

    private Cursor(String text) {
      this.text = text;
      this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The first offset at or after i where a match may start, or the text's length. */
    private int candidate(int i) {
      int n = text.length();
      if (fewFirst != null) {
        if (next == null) {
          next = new int[fewFirst.length];
          java.util.Arrays.fill(next, -1);
        }
        int best = n;
        for (int k = 0; k < fewFirst.length; k++) {
          if (next[k] != n && next[k] < i) {
            int at = text.indexOf(fewFirst[k], i);
            next[k] = at < 0 ? n : at;
          }
          best = Math.min(best, next[k]);
        }
        return best;
      }
      if (chars == null) {
        chars = text.toCharArray();
      }
      char[] a = chars;
      for (; i < n; i++) {
        if (first != null) {
          char c = a[i];
          if ((first[c >>> 6] & 1L << c) == 0) {
            continue;
          }
        }
        if (before != null && (i == 0 ? !atTextStart : (before[a[i - 1] >>> 6] & 1L << a[i - 1]) == 0)) {
          continue;
        }
        if (pairs != null && (i + 1 >= n || java.util.Arrays.binarySearch(pairs, pair(a[i], a[i + 1])) < 0)) {
          continue;
        }
        if (within == null || holdsWithin(a, i)) {
          return i;
        }
      }
      return n;
    }

    private boolean holdsWithin(char[] a, int i) {
      int to = Math.min(a.length - 1, i + withinTo);
      for (int k = i + withinFrom; k <= to; k++) {
        char c = a[k];
        if ((within[c >>> 6] & 1L << c) != 0) {
          return true;
        }
      }
      return false;
    }

    /** The next match, as Matcher.find() would give it. */
    public boolean find() {
      int n = text.length();
      boolean failed = false;
      for (int i = candidate(from); i < n; i = candidate(i + 1)) {
        m.region(i, n);
        if (m.lookingAt()) {
          if (failed && keepsGroups && missesGroup()) {
            // an earlier attempt may have left a value in that group: let find() report what it reports
            m.find(from);
          }
          from = Math.max(m.end(), i + 1);
          return true;
        }
        failed = true;
      }
      from = n;
      return false;
    }

    private boolean missesGroup() {
      for (int g = 1; g <= groups; g++) {
        if (m.start(g) < 0) {
          return true;
        }
      }
      return false;
    }

    public String group() {
      return m.group();
    }

    public String group(int g) {
      return m.group(g);
    }

    public int start() {
      return m.start();
    }

    public int start(int g) {
      return m.start(g);
    }

    public int end() {
      return m.end();
    }

    public int end(int g) {
      return m.end(g);
    }
  }
}
